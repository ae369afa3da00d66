import type { Stage } from '../../lib/domain/lifecycle';

/** One colour per stage, warm for leaving, cool for staying, grey for the ends. */
export const STAGE_COLORS: Record<Stage, string> = {
  churned: '#8a8f98',
  churn_warning: '#d9822b',
  won_back: '#8e5cc8',
  new: '#4aa3df',
  converted: '#2f9e62',
  repeat: '#2f5fd0',
  retained: '#7b9ad6',
  prospect: '#c4c8cf',
};
