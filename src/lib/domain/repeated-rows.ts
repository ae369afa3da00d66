/**
 * Flags every row whose cells all equal those of an earlier row (1 = repeat). Rows are hashed
 * (two independent 32-bit string hashes) into an open-addressing table of typed arrays, and
 * cells are compared only when hashes meet: one pass, no per-row string keys or boxed numbers.
 */
export function flagRepeatedRows(rows: readonly (readonly string[])[]): Uint8Array {
  const count = rows.length;
  const repeated = new Uint8Array(count);
  let capacity = 1024;
  while (capacity < count * 2) capacity *= 2;
  const mask = capacity - 1;
  const slots = new Int32Array(capacity).fill(-1);
  const primary = new Int32Array(count);
  const secondary = new Int32Array(count);
  for (let index = 0; index < count; index++) {
    const row = rows[index];
    hashRow(row);
    primary[index] = hashA;
    secondary[index] = hashB;
    let slot = hashA & mask;
    for (let other = slots[slot]; other !== -1; other = slots[slot]) {
      if (primary[other] === hashA && secondary[other] === hashB && sameCells(rows[other], row)) {
        repeated[index] = 1;
        break;
      }
      slot = (slot + 1) & mask;
    }
    if (!repeated[index]) slots[slot] = index;
  }
  return repeated;
}

// The two hashes of the last row hashed (module scope avoids allocating a pair per row).
let hashA = 0;
let hashB = 0;

function hashRow(row: readonly string[]): void {
  let fnv = 0x811c9dc5;
  let djb = 5381;
  for (const cell of row) {
    for (let char = 0; char < cell.length; char++) {
      const code = cell.charCodeAt(char);
      fnv = Math.imul(fnv ^ code, 0x01000193);
      djb = (Math.imul(djb, 33) + code) | 0;
    }
    // A separator, so ["ab", "c"] and ["a", "bc"] differ.
    fnv = Math.imul(fnv ^ 0x1f, 0x01000193);
    djb = (Math.imul(djb, 33) + 0x1f) | 0;
  }
  hashA = fnv;
  hashB = djb;
}

function sameCells(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let index = 0; index < a.length; index++) if (a[index] !== b[index]) return false;
  return true;
}
