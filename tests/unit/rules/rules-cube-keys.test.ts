import { describe, expect, it } from 'vitest';
import { cellIndex } from '../../../src/lib/domain/segment-lint';
import { nextCell } from '../../../src/views/rules/rules-cube-keys';

describe('keyboard moves in the score cube', () => {
  it.each([
    { name: 'right raises R', from: [2, 3, 4], key: 'ArrowRight', to: [3, 3, 4] },
    { name: 'left lowers R', from: [2, 3, 4], key: 'ArrowLeft', to: [1, 3, 4] },
    { name: 'up raises F (F grows upwards)', from: [2, 3, 4], key: 'ArrowUp', to: [2, 4, 4] },
    { name: 'down lowers F', from: [2, 3, 4], key: 'ArrowDown', to: [2, 2, 4] },
    { name: 'Page Up goes to the next M grid', from: [2, 3, 4], key: 'PageUp', to: [2, 3, 5] },
    { name: 'Page Down goes to the previous M grid', from: [2, 3, 4], key: 'PageDown', to: [2, 3, 3] },
    { name: 'Home is R1 F1 of the grid', from: [2, 3, 4], key: 'Home', to: [1, 1, 4] },
    { name: 'End is R5 F5 of the grid', from: [2, 3, 4], key: 'End', to: [5, 5, 4] },
  ])('$name', ({ from, key, to }) => {
    expect(nextCell(cellIndex(from[0], from[1], from[2]), key)).toBe(cellIndex(to[0], to[1], to[2]));
  });

  it.each([
    { name: 'left at R1', from: [1, 3, 3], key: 'ArrowLeft' },
    { name: 'up at F5', from: [3, 5, 3], key: 'ArrowUp' },
    { name: 'Page Up at M5', from: [3, 3, 5], key: 'PageUp' },
    { name: 'Home already at R1 F1', from: [1, 1, 2], key: 'Home' },
    { name: 'another key', from: [3, 3, 3], key: 'a' },
  ])('stays put: $name', ({ from, key }) => {
    expect(nextCell(cellIndex(from[0], from[1], from[2]), key)).toBeNull();
  });
});
