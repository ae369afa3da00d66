// Value tiers, the health index and concentration off the main thread (a few hundred ms at 100k
// customers); the math lives in src/lib/domain.
import { expose, transfer } from 'comlink';
import { evaluateCustomerValue, type CustomerValueChoices, type ValueWindowColumns } from '../src/lib/domain/customer-value';
import type { RfmResult } from '../src/lib/domain/rfm';
import type { AttributeColumns } from '../src/lib/domain/tiers';
import type { ValueOutcome } from '../src/lib/compute/value-outcome';

const api = {
  /** Everything but the RFM result and the ids, which the page already has; buffers are transferred. */
  evaluateValue(rfm: RfmResult, windows: ValueWindowColumns, choices: CustomerValueChoices, attributes: AttributeColumns = {}): ValueOutcome {
    const { rfm: _rfm, features, ...value } = evaluateCustomerValue(rfm, windows, choices, attributes);
    const { ids: _ids, ...columns } = features;
    const outcome = { ...value, features: columns };
    const buffers = [...Object.values(columns), value.tiers.tier, value.tiers.counts, value.health.index, value.health.bands].map((array) => array.buffer);
    return transfer(outcome, buffers);
  },
};

expose(api);
export type ModelApi = typeof api;
