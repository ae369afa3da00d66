import type { ModelApi } from '../../../workers/model.worker';
import type { CustomerValue, CustomerValueChoices, ValueWindowColumns } from '../domain/customer-value';
import type { RfmResult } from '../domain/rfm';
import type { AttributeColumns } from '../domain/tiers';
import { SupersedingWorker, type Cancelled } from './superseding-worker';


/** Owns the model worker: a newer request (e.g. the next threshold edit) supersedes a running one. */
export class ModelClient {
  #worker = new SupersedingWorker<ModelApi>(() => new Worker(new URL('../../../workers/model.worker.ts', import.meta.url), { type: 'module' }));

  /** Tiers, health and concentration of `rfm`; the RFM columns are copied to the worker, the results transferred back. */
  async evaluateValue(rfm: RfmResult, windows: ValueWindowColumns, choices: CustomerValueChoices, attributes: AttributeColumns = {}): Promise<CustomerValue | Cancelled> {
    const outcome = await this.#worker.run((api) => api.evaluateValue(rfm, windows, choices, attributes));
    if ('ok' in outcome) return outcome;
    return { ...outcome, rfm, features: { ...outcome.features, ids: rfm.metrics.ids } };
  }
}
