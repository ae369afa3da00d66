// Value tiers, the health index and concentration off the main thread (a few hundred ms at 100k
// customers); the math lives in src/lib/domain. The customer-only parts (features, health components,
// overall concentration) are kept per RFM result, so a threshold, weight or segment-rule edit recomputes only the rest.
import { expose, transfer } from 'comlink';
import { healthOf, valueBasis, valueFromBasis, type CustomerValue, type CustomerValueChoices, type ValueBasis, type ValueWindowColumns } from '../src/lib/domain/customer-value';
import type { RfmResult } from '../src/lib/domain/rfm';
import type { AttributeColumns } from '../src/lib/domain/tiers';
import type { ValueOutcome } from '../src/lib/compute/value-outcome';

let kept: { key: number; rfm: RfmResult; basis: ValueBasis; health: { choices: string; value: CustomerValue['health'] } | null } | null = null;

/** The outcome for the page: buffers made for this call are transferred; kept ones (features, segments) are copied. */
function outcomeOf(rfm: RfmResult, basis: ValueBasis, choices: CustomerValueChoices, withFeatures: boolean): ValueOutcome {
  const healthKey = JSON.stringify([choices.healthWeights, choices.healthBands]);
  if (kept && kept.health?.choices !== healthKey) kept.health = { choices: healthKey, value: healthOf(basis, choices) };
  const health = kept!.health!.value;
  const { rfm: _rfm, features, ...value } = valueFromBasis(rfm, basis, choices, health);
  const { ids: _ids, ...columns } = features;
  const outcome = { ...value, features: withFeatures ? columns : null };
  const fresh = [value.tiers.tier, value.tiers.counts].filter((array) => array.buffer !== rfm.segment.buffer).map((array) => array.buffer);
  return transfer(outcome, fresh) as ValueOutcome;
}

const api = {
  /** Everything but the RFM result and the ids, which the page already has; kept under `key` for evaluateChoices. */
  evaluateValue(key: number, rfm: RfmResult, windows: ValueWindowColumns, choices: CustomerValueChoices, attributes: AttributeColumns = {}): ValueOutcome {
    kept = { key, rfm, basis: valueBasis(rfm, windows, attributes), health: null };
    return outcomeOf(rfm, kept.basis, choices, true);
  },
  /**
   * New segments (edited segment rules) for the customers kept under `key`: the same metrics and scores, so the
   * kept features, health and concentration stay; null when this worker does not hold them.
   */
  evaluateSegments(key: number, segment: Uint16Array, segmentNames: string[], choices: CustomerValueChoices): ValueOutcome | null {
    if (kept?.key !== key) return null;
    kept.rfm = { ...kept.rfm, segment, segmentNames };
    return outcomeOf(kept.rfm, kept.basis, choices, false);
  },
  /** New choices for the customers kept under `key` (features omitted: the page has them); null when this worker does not hold them. */
  evaluateChoices(key: number, choices: CustomerValueChoices): ValueOutcome | null {
    if (kept?.key !== key) return null;
    return outcomeOf(kept.rfm, kept.basis, choices, false);
  },
};

expose(api);
export type ModelApi = typeof api;
