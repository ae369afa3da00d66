import { attributeColumns, valueWindows, type AttributeColumnsResult, type ValueWindows } from '../data';
import type { CustomerMetrics } from '../domain/customer-metrics';
import { ModelClient } from '../compute/model-client';
import type { CustomerValue, CustomerValueChoices } from '../domain/customer-value';
import type { RfmResult } from '../domain/rfm';
import type { AttributeText } from '../domain/attribute-text';
import type { AttributeDataset } from './attribute-dataset';
import { loadDb } from './db';

/**
 * Value tiers, health index and concentration of the current RFM result. Flow:
 *   new RFM result or choices --update--> computing --ok--> result for that RFM result
 *   --fails--> error set, the previous result stays
 * The window query runs once per metrics (file and as-of date), the customer-table query once per
 * metrics and loaded table (satisfaction, complaints, NPS, margin, since, names); threshold and weight edits
 * recompute from it in the model worker, a newer edit superseding a running one. Only the newest
 * update lands.
 */
export class CustomerValueState {
  result = $state.raw<CustomerValue | null>(null);
  computing = $state(false);
  error = $state<string | null>(null);
  /** Customer names aligned with the metrics of the last result; null without a customer table. */
  names = $state.raw<{ metrics: CustomerMetrics; names: string[] } | null>(null);
  /** Text attributes (industry, company size, free columns) aligned with the same metrics; null without a customer table. */
  text = $state.raw<{ metrics: CustomerMetrics; text: AttributeText } | null>(null);

  #attributes: { metrics: CustomerMetrics; source: AttributeDataset; columns: AttributeColumnsResult } | null = null;
  #windows: { metrics: CustomerMetrics; windows: ValueWindows } | null = null;
  #model = new ModelClient();
  #run = 0;
  #settled: Promise<void> = Promise.resolve();

  /** Recomputes for `rfm` with `choices` and the loaded customer table, if any; resolves when this (or a newer) update is done. */
  update(rfm: RfmResult, hasOrderIds: boolean, choices: CustomerValueChoices, attributes: AttributeDataset | null = null): Promise<void> {
    const run = ++this.#run;
    this.#settled = this.#update(run, rfm, hasOrderIds, choices, attributes);
    return this.#settled;
  }

  /** The result for `rfm`, waiting for a running update; null if it could not be computed. */
  async resultFor(rfm: RfmResult): Promise<CustomerValue | null> {
    let settled;
    do {
      settled = this.#settled;
      await settled;
    } while (settled !== this.#settled);
    return this.result?.rfm === rfm ? this.result : null;
  }

  /** Names of the customers of `rfm` from the customer table; undefined when none is loaded. */
  namesFor(rfm: RfmResult): string[] | undefined {
    return this.names?.metrics === rfm.metrics ? this.names.names : undefined;
  }

  async #update(run: number, rfm: RfmResult, hasOrderIds: boolean, choices: CustomerValueChoices, attributes: AttributeDataset | null): Promise<void> {
    this.computing = true;
    try {
      let cached = this.#windows;
      if (!cached || cached.metrics !== rfm.metrics) {
        const windows = await valueWindows(await loadDb(), rfm.metrics, rfm.asOfDay, hasOrderIds);
        if (run !== this.#run) return;
        cached = this.#windows = { metrics: rfm.metrics, windows };
      }
      let columns: AttributeColumnsResult | null = null;
      if (attributes) {
        let table = this.#attributes;
        if (!table || table.metrics !== rfm.metrics || table.source !== attributes) {
          const queried = await attributeColumns(await loadDb(), rfm.metrics, rfm.asOfDay);
          if (run !== this.#run) return;
          table = this.#attributes = { metrics: rfm.metrics, source: attributes, columns: queried };
        }
        columns = table.columns;
      }
      // Hundreds of ms at 100k customers: the model worker computes, the page stays responsive.
      const { names, text, ...numbers } = columns ?? { names: null, text: null };
      const result = await this.#model.evaluateValue(rfm, cached.windows, choices, numbers);
      if ('ok' in result || run !== this.#run) return; // superseded by a newer update
      this.names = names ? { metrics: rfm.metrics, names } : null;
      this.text = text ? { metrics: rfm.metrics, text } : null;
      this.result = result;
      this.error = null;
    } catch (cause) {
      if (run === this.#run) this.error = cause instanceof Error ? cause.message : String(cause);
    } finally {
      if (run === this.#run) this.computing = false;
    }
  }
}
