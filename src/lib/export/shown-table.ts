/**
 * A rendered <table> as header and rows of text, exactly as shown: what a person reads in each cell,
 * the value of an input or the chosen option of a select in it, whitespace collapsed. For small tables;
 * virtualized lists build their rows from the data instead (the DOM holds only the visible window).
 */
export function tableFromElement(table: HTMLTableElement | null | undefined): { header: string[]; rows: string[][] } {
  if (!table) return { header: [], rows: [] };
  const headRows = [...table.querySelectorAll(':scope > thead > tr')] as HTMLTableRowElement[];
  const bodyRows = [...table.querySelectorAll(':scope > tbody > tr, :scope > tfoot > tr, :scope > tr')] as HTMLTableRowElement[];
  const header = headRows.length ? rowText(headRows[headRows.length - 1]) : [];
  return { header, rows: bodyRows.filter((row) => !row.hidden).map(rowText) };
}

function rowText(row: HTMLTableRowElement): string[] {
  const cells: string[] = [];
  for (const cell of row.cells) {
    const text = cellText(cell);
    // A cell spanning columns keeps the table rectangular: its text, then empty cells.
    cells.push(text, ...new Array<string>(Math.max(0, cell.colSpan - 1)).fill(''));
  }
  return cells;
}

/** The text of a cell; form controls count by their value, and visually hidden helper text is left out. */
export function cellText(cell: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.textContent ?? '');
    if (node.nodeType !== 1) return;
    const element = node as HTMLElement;
    if (element.getAttribute('aria-hidden') === 'true' || element.hidden || element.localName === 'button') return;
    if (element.localName === 'select') {
      const select = element as HTMLSelectElement;
      parts.push(' ', select.selectedOptions[0]?.textContent ?? '', ' ');
      return;
    }
    if (element.localName === 'input' || element.localName === 'textarea') {
      const input = element as HTMLInputElement;
      if (input.type === 'checkbox' || input.type === 'radio') parts.push(input.checked ? ' ✓ ' : ' ');
      else parts.push(' ', input.value, ' ');
      return;
    }
    for (const child of element.childNodes) walk(child);
  };
  walk(cell);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Every row of a virtualized table in its displayed order, through the same cell text the table shows. */
export function tableFromCells(
  rowCount: number,
  columns: readonly { key: string; label: string }[],
  cell: (rowIndex: number, key: string) => string,
): { header: string[]; rows: string[][] } {
  const rows: string[][] = new Array(rowCount);
  for (let rowIndex = 0; rowIndex < rowCount; rowIndex++) rows[rowIndex] = columns.map((column) => cell(rowIndex, column.key));
  return { header: columns.map((column) => column.label), rows };
}
