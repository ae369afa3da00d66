import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../../src/lib/domain/random';
import { syntheticRetailCsv } from '../../../src/lib/domain/synthetic-retail';

describe('syntheticRetailCsv', () => {
  const text = syntheticRetailCsv({ rows: 1000, seed: 7 });
  const lines = text.trimEnd().split('\n');

  it('is the same file for the same seed, another for another seed', () => {
    expect(syntheticRetailCsv({ rows: 1000, seed: 7 })).toBe(text);
    expect(syntheticRetailCsv({ rows: 1000, seed: 8 })).not.toBe(text);
  });

  it('has a header and exactly the requested rows, ISO dates and two-decimal amounts', () => {
    expect(lines[0]).toBe('customer_id,order_id,order_date,amount');
    expect(lines).toHaveLength(1001);
    expect(lines.slice(1).every((line) => /^C\d+,[SR]\d+,\d{4}-\d\d-\d\d,-?\d+\.\d\d$/.test(line))).toBe(true);
  });

  it('skews purchases: the busiest tenth of customers place a large share of rows', () => {
    const counts = new Map<string, number>();
    for (const line of lines.slice(1)) counts.set(line.split(',')[0], (counts.get(line.split(',')[0]) ?? 0) + 1);
    const sorted = [...counts.values()].sort((a, b) => b - a);
    const top = sorted.slice(0, Math.ceil(100 / 10)).reduce((sum, count) => sum + count, 0);
    expect(top / 1000).toBeGreaterThan(0.3);
  });
});

describe('seededRandom', () => {
  it('repeats its sequence for a seed and stays in [0, 1)', () => {
    const first = seededRandom(42);
    const second = seededRandom(42);
    const values = Array.from({ length: 1000 }, () => first());
    expect(values).toEqual(Array.from({ length: 1000 }, () => second()));
    expect(values.every((value) => value >= 0 && value < 1)).toBe(true);
  });
});
