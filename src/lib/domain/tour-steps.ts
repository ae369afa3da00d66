/**
 * The guided tour through the method: data → RFM → clusters → lifecycle → tiers → strategy cards.
 * Each step names the result tab it explains (a key of VIEW_TABS) and the phase of the method it
 * belongs to; its texts are the i18n keys `tour.<id>.title|what|formula|watch|pitfalls`.
 */
export interface TourStep {
  id: string;
  phase: TourPhase;
  tab: string;
}

/** The six phases of the method, in order; the tour shows where a step sits among them. */
export const TOUR_PHASES = ['data', 'rfm', 'clusters', 'lifecycle', 'tiers', 'strategy'] as const;
export type TourPhase = (typeof TOUR_PHASES)[number];

/** The parts of a step's text, in the order the panel shows them. */
export const TOUR_STEP_PARTS = ['what', 'formula', 'watch', 'pitfalls'] as const;

export const TOUR_STEPS: readonly TourStep[] = [
  { id: 'data', phase: 'data', tab: 'report' },
  { id: 'scores', phase: 'rfm', tab: 'distributions' },
  { id: 'grid', phase: 'rfm', tab: 'rfm' },
  { id: 'segments', phase: 'rfm', tab: 'segments' },
  { id: 'clusters', phase: 'clusters', tab: 'clusters' },
  { id: 'lifecycle', phase: 'lifecycle', tab: 'lifecycle' },
  { id: 'cohorts', phase: 'lifecycle', tab: 'cohorts' },
  { id: 'warnings', phase: 'lifecycle', tab: 'warnings' },
  { id: 'tiers', phase: 'tiers', tab: 'tiers' },
  { id: 'health', phase: 'tiers', tab: 'health' },
  { id: 'playbook', phase: 'strategy', tab: 'playbook' },
];

/** The step index after a move, kept inside the tour (the first and last steps do not wrap). */
export function tourIndexAfter(index: number, move: 'next' | 'previous' | 'first' | 'last', total: number): number {
  if (total <= 0) return 0;
  if (move === 'first') return 0;
  if (move === 'last') return total - 1;
  const next = index + (move === 'next' ? 1 : -1);
  return Math.min(total - 1, Math.max(0, next));
}
