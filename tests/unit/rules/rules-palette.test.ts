import { describe, expect, it } from 'vitest';
import { CLUSTER_COLORS } from '../../../src/components/charts/cluster-palette';
import { OTHERS_COLOR, segmentColor, textColorOn } from '../../../src/views/rules/rules-palette';

describe('segment palette', () => {
  it('colours segments by index and Others in grey', () => {
    expect(segmentColor(0, 4)).toBe(CLUSTER_COLORS[0]);
    expect(segmentColor(2, 4)).toBe(CLUSTER_COLORS[2]);
    expect(segmentColor(3, 4)).toBe(OTHERS_COLOR);
  });

  it.each([
    { name: 'white on the dark accent', fill: '#2f5fd0', expected: '#ffffff' },
    { name: 'black on gold', fill: '#d4a017', expected: '#111111' },
    { name: 'black on the Others grey', fill: OTHERS_COLOR, expected: '#111111' },
  ])('$name', ({ fill, expected }) => {
    expect(textColorOn(fill)).toBe(expected);
  });
});
