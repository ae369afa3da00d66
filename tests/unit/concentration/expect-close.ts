import { expect } from 'vitest';

/** Equal to 12 decimals, NaN matching NaN (the defined value of an undefined share). */
export function expectClose(actual: number, expected: number): void {
  if (Number.isNaN(expected)) expect(actual).toBeNaN();
  else expect(actual).toBeCloseTo(expected, 12);
}
