import type { LifecycleInputs } from './inputs';

/** Days since the last order ÷ the customer's median gap; NaN for customers with a single order date. */
export function usualGapRatio(inputs: LifecycleInputs): Float64Array {
  const ratios = new Float64Array(inputs.ids.length);
  for (let index = 0; index < ratios.length; index++) {
    // medianGapDays is NaN for one order date, and never 0 otherwise (dates are distinct).
    ratios[index] = (inputs.asOfDay - inputs.lastDay[index]) / inputs.medianGapDays[index];
  }
  return ratios;
}

/** The numbers of "no order for 134 days; usually orders every 41 days" (usual gap null with one order date). */
export interface WarningReason {
  daysSinceLastOrder: number;
  usualGapDays: number | null;
}

/** Why a customer is (or would be) in churn warning, as numbers for the view to phrase. */
export function warningReason(inputs: LifecycleInputs, index: number): WarningReason {
  const median = inputs.medianGapDays[index];
  return {
    daysSinceLastOrder: inputs.asOfDay - inputs.lastDay[index],
    // Medians of an even count can end in .5; people read whole days.
    usualGapDays: Number.isNaN(median) ? null : Math.round(median),
  };
}
