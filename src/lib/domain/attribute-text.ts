/** Text columns of a customer table by name, aligned per customer ('' unknown). */
export type AttributeText = Record<string, string[]>;

/**
 * The text attributes a cross-tab can group by: the named ones (industry, company size, …) and every
 * free column, read from the per-customer JSON objects of `extra` ({"column": "value"}). A named
 * column nobody filled is left out; a malformed JSON cell counts as empty.
 */
export function attributeText(named: Record<string, readonly string[]>, extra: readonly string[]): AttributeText {
  const columns: AttributeText = {};
  for (const [name, values] of Object.entries(named)) if (values.some((value) => value !== '')) columns[name] = [...values];
  extra.forEach((cell, index) => {
    for (const [name, value] of Object.entries(freeAttributes(cell))) {
      if (name in named) continue; // a free column never shadows a named one
      (columns[name] ??= new Array<string>(extra.length).fill(''))[index] = String(value);
    }
  });
  return columns;
}

/** The free attributes of one customer: its JSON object from `extra`; anything else reads as none. */
export function freeAttributes(cell: string): Record<string, string> {
  if (!cell || cell === '{}') return {};
  try {
    const parsed: unknown = JSON.parse(cell);
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return {};
    return Object.fromEntries(Object.entries(parsed as Record<string, unknown>).map(([name, value]) => [name, String(value)]));
  } catch {
    return {};
  }
}
