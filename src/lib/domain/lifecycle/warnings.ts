import { stageIndex } from './rules';

const WARNING = stageIndex('churn_warning');

/** Indices of the customers in churn warning, most valuable first (ties keep customer order), for the warning list. */
export function churnWarningOrder(stages: Uint8Array, monetaryCents: Float64Array): Int32Array {
  const picked: number[] = [];
  stages.forEach((stage, index) => stage === WARNING && picked.push(index));
  // Array.prototype.sort is stable, so equal money keeps the id order of the query.
  picked.sort((a, b) => monetaryCents[b] - monetaryCents[a]);
  return Int32Array.from(picked);
}
