/** The kind of a JSON value, as far as the shape check cares. */
function kindOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}

export type ShapeResult = { ok: true; value: unknown } | { ok: false; path: string };

/**
 * Checks `value` against the shape of `fallback` (the defaults) and fills the keys it lacks, so a file
 * written before a field existed still opens. Recurses through objects with fixed keys; an object
 * default without keys (a mapping, weights by name) and arrays are taken as they are (checked by the
 * caller where it matters); a null default marks a nullable field (null, a number or a text).
 * Extra keys are kept: they belong to a variant (fixed cut points) the default does not show.
 */
export function fillFromDefaults(value: unknown, fallback: unknown, path: string, filled: string[]): ShapeResult {
  if (fallback === null) return value === null || typeof value === 'number' || typeof value === 'string' ? { ok: true, value } : { ok: false, path };
  if (kindOf(value) !== kindOf(fallback)) return { ok: false, path };
  if (typeof value === 'number' && !Number.isFinite(value)) return { ok: false, path };
  if (kindOf(fallback) !== 'object') return { ok: true, value };
  const defaults = fallback as Record<string, unknown>;
  if (Object.keys(defaults).length === 0) return { ok: true, value };
  const result: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const [key, defaultValue] of Object.entries(defaults)) {
    const keyPath = path ? `${path}.${key}` : key;
    if (!(key in result) || result[key] === undefined) {
      result[key] = structuredClone(defaultValue);
      filled.push(keyPath);
      continue;
    }
    const inner = fillFromDefaults(result[key], defaultValue, keyPath, filled);
    if (!inner.ok) return inner;
    result[key] = inner.value;
  }
  return { ok: true, value: result };
}
