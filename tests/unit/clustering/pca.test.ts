import { describe, expect, it } from 'vitest';
import { symmetricEigen } from '../../../src/lib/domain/clustering/eigen';
import { projectPca } from '../../../src/lib/domain/clustering/pca';
import { pointsOf } from './helpers';

describe('symmetricEigen', () => {
  it.each([
    { name: 'diagonal', matrix: [[1, 0, 0], [0, 3, 0], [0, 0, 2]], values: [3, 2, 1] },
    { name: '[[2, 1], [1, 2]] has eigenvalues 3 and 1', matrix: [[2, 1], [1, 2]], values: [3, 1] },
    { name: 'tridiagonal 2, −1: 2 + √2, 2, 2 − √2', matrix: [[2, -1, 0], [-1, 2, -1], [0, -1, 2]], values: [2 + Math.SQRT2, 2, 2 - Math.SQRT2] },
  ])('$name', ({ matrix, values }) => {
    const d = matrix.length;
    const result = symmetricEigen(Float64Array.from(matrix.flat()), d);
    values.forEach((value, at) => expect(result.values[at]).toBeCloseTo(value, 12));
    // A·v = λ·v for every returned pair.
    for (let axis = 0; axis < d; axis++) {
      for (let row = 0; row < d; row++) {
        const product = matrix[row].reduce((sum, entry, j) => sum + entry * result.vectors[axis * d + j], 0);
        expect(product).toBeCloseTo(result.values[axis] * result.vectors[axis * d + row], 12);
      }
    }
  });
});

describe('projectPca', () => {
  it('points on the line y = x: one axis along (1, 1)/√2 carries all the variance', () => {
    const projection = projectPca(pointsOf([[-2, -2], [-1, -1], [1, 1], [2, 2]]));
    expect(projection.components[0]).toBeCloseTo(Math.SQRT1_2, 12);
    expect(projection.components[1]).toBeCloseTo(Math.SQRT1_2, 12);
    expect(projection.explainedRatio[0]).toBeCloseTo(1, 12);
    expect(projection.explainedRatio[1]).toBeCloseTo(0, 12);
    expect(Array.from(projection.coordinates.filter((_, at) => at % 2 === 0))).toEqual([-2, -1, 1, 2].map((t) => Math.fround(t * Math.SQRT2)));
  });

  it('a known 3-D matrix: axes by variance (x then z), largest loading positive', () => {
    // x spreads ±3, z ±1, y constant; already centred.
    const projection = projectPca(pointsOf([[3, 5, 0], [-3, 5, 0], [0, 5, 1], [0, 5, -1]]));
    expect(Array.from(projection.components)).toEqual([1, 0, 0, 0, 0, 1].map((value) => expect.closeTo(value, 12)));
    expect(projection.explainedRatio.map((ratio) => Number(ratio.toFixed(12)))).toEqual([0.9, 0.1]);
    expect(Array.from(projection.coordinates)).toEqual([3, 0, -3, 0, 0, 1, 0, -1]);
  });

  it('one feature: the second axis is flat', () => {
    const projection = projectPca(pointsOf([[1], [2], [3]]));
    expect(Array.from(projection.coordinates)).toEqual([-1, 0, 0, 0, 1, 0]);
    expect(projection.explainedRatio).toEqual([1, 0]);
  });
});
