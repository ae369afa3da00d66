import { describe, expect, it } from 'vitest';
import { STAGES } from '../../../src/lib/domain/lifecycle/rules';
import { STAGE_RANK } from '../../../src/lib/domain/lifecycle/stage-rank';

describe('STAGE_RANK', () => {
  const ranked = STAGES.filter((stage) => stage !== 'prospect');

  it.each(ranked.map((stage) => ({ stage })))('ranks $stage exactly once', ({ stage }) => {
    expect(STAGE_RANK.filter((key) => key === stage)).toHaveLength(1);
  });

  it('ranks nothing else (prospects have no orders at any as-of date)', () => {
    expect([...STAGE_RANK].sort()).toEqual([...ranked].sort());
    expect(STAGE_RANK).not.toContain('prospect');
  });

  it.each([
    { name: 'churned is the worst', better: 'churn_warning', worse: 'churned' },
    { name: 'a churn warning is worse than a won-back customer', better: 'won_back', worse: 'churn_warning' },
    { name: 'repeat is the best', better: 'repeat', worse: 'converted' },
  ] as const)('$name', ({ better, worse }) => {
    expect(STAGE_RANK.indexOf(better)).toBeLessThan(STAGE_RANK.indexOf(worse));
  });
});
