import type { ModelApi } from '../../../workers/model.worker';
import type { CustomerValue, CustomerValueChoices, ValueWindowColumns } from '../domain/customer-value';
import type { RfmResult } from '../domain/rfm';
import type { AttributeColumns, TierFeatures } from '../domain/tiers';
import { SupersedingWorker, type Cancelled } from './superseding-worker';

/** The same attribute columns: same names, each the same array. */
function sameColumns(a: AttributeColumns, b: AttributeColumns): boolean {
  const keys = Object.keys(a) as (keyof AttributeColumns)[];
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}

/**
 * Results of the same customers that differ at most in their scores and segments (a segment-rule edit or a
 * rescoring keeps the metrics and recency arrays). Tiers read the scores only through the segments.
 */
function sameCustomers(a: RfmResult, b: RfmResult): boolean {
  return a === b || (a.metrics === b.metrics && a.asOfDay === b.asOfDay && a.recencyDays === b.recencyDays);
}

/** Owns the model worker: a newer request (e.g. the next threshold edit) supersedes a running one. */
export class ModelClient {
  #worker = new SupersedingWorker<ModelApi>(() => new Worker(new URL('../../../workers/model.worker.ts', import.meta.url), { type: 'module' }));
  /** The customers the worker was last given in full, and the features it computed for them. */
  #sent: { key: number; rfm: RfmResult; windows: ValueWindowColumns; attributes: AttributeColumns; features: TierFeatures } | null = null;
  #keys = 0;

  /**
   * Tiers, health and concentration of `rfm`. For the customers the worker already holds only the choices
   * travel (a threshold edit: no copy of 100k customers, no recomputed features); otherwise the RFM columns
   * are copied to the worker. Results are transferred back.
   */
  async evaluateValue(rfm: RfmResult, windows: ValueWindowColumns, choices: CustomerValueChoices, attributes: AttributeColumns = {}): Promise<CustomerValue | Cancelled> {
    const sent = this.#sent;
    if (sent && sent.windows === windows && sameColumns(sent.attributes, attributes) && sameCustomers(sent.rfm, rfm)) {
      // Same customers: only the choices travel, and the segments when rules or scores changed them.
      const segmentsOnly = sent.rfm !== rfm;
      const outcome = await this.#worker.run((api) =>
        segmentsOnly ? api.evaluateSegments(sent.key, rfm.segment, rfm.segmentNames, choices) : api.evaluateChoices(sent.key, choices),
      );
      if (outcome !== null && 'ok' in outcome) return outcome;
      if (outcome !== null) {
        if (segmentsOnly) this.#sent = { ...sent, rfm };
        return { ...outcome, rfm, features: sent.features };
      }
      // null: the worker was restarted (a superseded request) and holds nothing; send everything.
    }
    const key = ++this.#keys;
    const outcome = await this.#worker.run((api) => api.evaluateValue(key, rfm, windows, choices, attributes));
    if ('ok' in outcome) return outcome;
    const features = { ...outcome.features!, ids: rfm.metrics.ids };
    this.#sent = { key, rfm, windows, attributes, features };
    return { ...outcome, rfm, features };
  }
}
