import { describe, expect, it } from 'vitest';
import { exactSilhouette, silhouetteScore } from '../../../src/lib/domain/clustering/silhouette';
import { blobs, pointsOf } from './helpers';

// 1-D by hand. {0, 2} vs {5, 6}: s(0) = (5.5 − 2)/5.5, s(2) = (3.5 − 2)/3.5, s(5) = (4 − 1)/4, s(6) = (5 − 1)/5.
const twoPairs = (7 / 11 + 3 / 7 + 3 / 4 + 4 / 5) / 4;
// {0, 2} vs {10}: s(0) = (10 − 2)/10, s(2) = (8 − 2)/8, the lone 10 scores 0.
const withSingleton = (0.8 + 0.75 + 0) / 3;
// {(0,0,0), (3,4,0)} vs {(0,0,20), (0,0,21)}: within distances 5 and 1; across, |(3,4,z)| = √(25 + z²).
const score = (within: number, nearest: number) => (nearest - within) / Math.max(within, nearest);
const across = (z: number) => Math.sqrt(25 + z * z);
const threeFourFive = (score(5, (20 + 21) / 2) + score(5, (across(20) + across(21)) / 2) + score(1, (20 + across(20)) / 2) + score(1, (21 + across(21)) / 2)) / 4;
const embed = (values: number[], d: number) => values.map((value) => [value, ...Array(d - 1).fill(0)]);

describe('exactSilhouette: hand-computed', () => {
  it.each([
    { name: 'two pairs, 1 feature', rows: embed([0, 2, 5, 6], 1), labels: [0, 0, 1, 1], expected: twoPairs },
    { name: 'two pairs, 3 features (unrolled kernel)', rows: embed([0, 2, 5, 6], 3), labels: [0, 0, 1, 1], expected: twoPairs },
    { name: 'two pairs, 5 features, labels interleaved', rows: embed([5, 0, 6, 2], 5), labels: [1, 0, 1, 0], expected: twoPairs },
    { name: 'a singleton cluster scores 0', rows: embed([0, 2, 10], 3), labels: [0, 0, 1], expected: withSingleton },
    { name: 'a 3-4-5 pair against a far pair in 3-D', rows: [[0, 0, 0], [3, 4, 0], [0, 0, 20], [0, 0, 21]], labels: [0, 0, 1, 1], expected: threeFourFive },
    { name: 'one non-empty cluster: undefined, reported as 0', rows: embed([0, 1, 2], 2), labels: [1, 1, 1], expected: 0 },
  ])('$name', ({ rows, labels, expected }) => {
    expect(exactSilhouette(pointsOf(rows), Int32Array.from(labels), 3)).toBeCloseTo(expected, 12);
  });
});

describe('silhouetteScore: exact or sampled', () => {
  const points = blobs([[0, 0, 0], [6, 0, 0]], 300, 1, 5);
  const labels = Int32Array.from({ length: 600 }, (_, i) => (i < 300 ? 0 : 1));

  it('is exact up to the limit', () => {
    expect(silhouetteScore(points, labels, 2, { exactLimit: 600, sampleSize: 100, seed: 0 })).toEqual({ score: exactSilhouette(points, labels, 2), sampled: false, rows: 600 });
  });

  it('samples above the limit: random rows from both clusters, repeatable, close to the exact value', () => {
    const options = { exactLimit: 500, sampleSize: 200, seed: 9 };
    const sampled = silhouetteScore(points, labels, 2, options);
    expect(sampled).toMatchObject({ sampled: true, rows: 200 });
    expect(silhouetteScore(points, labels, 2, options)).toEqual(sampled);
    expect(sampled.score).toBeCloseTo(exactSilhouette(points, labels, 2), 1);
  });
});
