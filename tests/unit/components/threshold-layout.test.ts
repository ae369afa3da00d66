import { describe, expect, it } from 'vitest';
import { clampBetween, latestOnly, roundTidy, sliderScale, stepAfter, valueExtent } from '../../../src/components/charts/threshold-layout';

describe('sliderScale', () => {
  it('gives a whole-number axis one step per value', () => {
    const scale = sliderScale([1, 546], { integer: true });
    expect(scale.steps).toBe(545);
    expect(scale.toValue(0)).toBe(1);
    expect(scale.toValue(89)).toBe(90);
    expect(scale.toStep(90)).toBe(89);
    expect(scale.toStep(10_000)).toBe(545);
    expect(scale.toStep(-3)).toBe(0);
  });

  it('steps a log axis evenly in log10(1 + x), one unit at a time where values are dense', () => {
    const scale = sliderScale([1, 200], { log: true, integer: true });
    // Near 1 several steps round to the same order count; the arrow keys skip to the next whole number.
    expect(scale.toValue(stepAfter(scale, 0, 1))).toBe(2);
    expect(scale.toValue(stepAfter(scale, stepAfter(scale, 0, 1), 1))).toBe(3);
    expect(scale.toValue(stepAfter(scale, scale.toStep(100), -1))).toBe(99);
    expect(stepAfter(scale, 0, -1)).toBe(0);
    expect(stepAfter(scale, scale.steps, 1)).toBe(scale.steps);
    expect(scale.toValue(scale.steps)).toBe(200);
    // Half way along the axis is sqrt(201 × 2) − 1 ≈ 19.05 orders, as the histogram places it.
    const middle = scale.toValue(Math.round(scale.steps / 2));
    expect(Math.abs(Math.log10(1 + middle) - (Math.log10(2) + Math.log10(201)) / 2)).toBeLessThan(0.02);
    for (const value of [1, 2, 5, 17, 100, 200]) expect(scale.toValue(scale.toStep(value))).toBe(value);
  });

  it('rounds money to tidy values and finds the nearest step for a typed one', () => {
    const scale = sliderScale([0, 6552.7], { log: true, decimals: 2 });
    for (let step = 0; step <= scale.steps; step++) {
      const value = scale.toValue(step);
      expect(value).toBe(roundTidy(value, 2));
      if (step > 0) expect(value).toBeGreaterThanOrEqual(scale.toValue(step - 1));
    }
    const typed = 59.93;
    const near = scale.toValue(scale.toStep(typed));
    expect(Math.abs(near - typed) / typed).toBeLessThan(0.03);
    expect(scale.toStep(Infinity)).toBe(scale.steps);
  });

  it('covers 0–100 for percentages in half steps', () => {
    const scale = sliderScale([0, 100], { decimals: 1, resolution: 200 });
    expect(scale.steps).toBe(200);
    expect(scale.toValue(10)).toBe(5);
    expect(scale.toStep(20)).toBe(40);
  });
});

describe('roundTidy', () => {
  it.each([
    { value: 1247.318, decimals: 2, expected: 1250 },
    { value: 37.53, decimals: 2, expected: 37.5 },
    { value: 5.678, decimals: 2, expected: 5.68 },
    { value: 0.1234, decimals: 2, expected: 0.12 },
    { value: 150.4, decimals: 2, expected: 150 },
    { value: -42.42, decimals: 0, expected: -42 },
    { value: 0, decimals: 2, expected: 0 },
  ])('$value → $expected', ({ value, decimals, expected }) => {
    expect(roundTidy(value, decimals)).toBe(expected);
  });
});

describe('clampBetween', () => {
  it.each([
    { name: 'a free move stays', values: [2, 3, 4, 5], index: 1, value: 3, gap: 1, expected: 3 },
    { name: 'stops one unit above the previous cut', values: [2, 3, 4, 5], index: 1, value: 1, gap: 1, expected: 3 },
    { name: 'stops one unit below the next cut', values: [2, 3, 6, 9], index: 1, value: 8, gap: 1, expected: 5 },
    { name: 'the last cut has no ceiling', values: [2, 3, 4, 5], index: 3, value: 40, gap: 1, expected: 40 },
    { name: 'cents apart for money', values: [10, 20, 30, 40], index: 2, value: 19, gap: 0.01, expected: 20.01 },
    { name: 'an infinite neighbour does not bound', values: [2, 3, Infinity, Infinity], index: 1, value: 30, gap: 1, expected: 30 },
  ])('$name', ({ values, index, value, gap, expected }) => {
    expect(clampBetween(values, index, value, gap)).toBeCloseTo(expected, 9);
  });
});

describe('valueExtent', () => {
  it('skips non-finite values and starts a log axis at 0', () => {
    expect(valueExtent([3, NaN, -2, 9, Infinity])).toEqual([-2, 9]);
    expect(valueExtent([3, -2, 9], true)).toEqual([0, 9]);
    expect(valueExtent([])).toEqual([0, 1]);
  });
});

describe('latestOnly', () => {
  it('runs one request at a time and only the newest of those that waited', async () => {
    const started: number[] = [];
    const releases: (() => void)[] = [];
    const run = latestOnly<number>((request) => {
      started.push(request);
      return new Promise<void>((resolve) => releases.push(resolve));
    });
    const done = run(1);
    void run(2);
    void run(3);
    expect(started).toEqual([1]);
    releases[0]();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(started).toEqual([1, 3]);
    releases[1]();
    await done;
    expect(started).toEqual([1, 3]);
  });
});
