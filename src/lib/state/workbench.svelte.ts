import type { Mapping } from '../domain/column-detection';
import { todayDay } from '../domain/dates';
import { computeRfmInSteps, type RfmResult } from '../domain/rfm';
import { needsPurchaseDays, normalizeDefinitions } from '../domain/metric-definitions';
import { assignSegments, segmentNames } from '../domain/segments';
import type { ReadOptions } from '../domain/order-rows';
import { DataError, attributeMatch, commitStagedAttributes, commitStagedOrders, customerMetrics, metricsAsOf, orderDayRange, stageAttributes, stageOrders } from '../data';
import type { AttributeMapping } from '../domain/attribute-detection';
import type { AttributeReadOptions } from '../domain/attribute-rows';
import type { OpenedAttributesFile } from '../ingest/open-attributes';
import { checkAttributeMapping, type AttributeDataset } from './attribute-dataset';
import { IngestClient } from '../compute/ingest-client';
import { customersCsv } from '../export/customers-csv';
import { Clustering } from './clustering.svelte';
import { loadDb, nextTask } from './db';
import { CustomerValueState } from './customer-value.svelte';
import { Lifecycle } from './lifecycle.svelte';
import { CustomerProfileState } from './profile.svelte';
import type { OpenedFile } from '../ingest/open-file';
import { defaultAsOf, type Dataset } from './dataset';
import { checkMapping } from './mapping-check';
import { defaultSettings, type Settings } from './settings';
import { mark } from '../timings';
import { B2B_SAMPLE_SEED } from '../domain/synthetic-b2b';
import { Baseline } from './baseline.svelte';
import { Scenarios } from './scenarios.svelte';
import { SettingsHistory } from './settings-history.svelte';
import { ViewState } from './view-state.svelte';
import { mappingFitsColumns } from './settings-file';

/** Where the import flow is. The dataset, if any, stays usable in every phase. */
export type Phase = 'idle' | 'reading' | 'mapping' | 'loading';

/** A message for the person using the app: an i18n key and its parameters. */
export interface Notice {
  key: string;
  params?: Record<string, string | number>;
}

export type SampleName = 'cdnow' | 'rfm' | 'retail-1k' | 'retail-100k' | 'retail-1m' | 'b2b';
export const SAMPLE_NAMES: readonly SampleName[] = ['cdnow', 'rfm', 'retail-1k', 'retail-100k', 'retail-1m', 'b2b'];
/** Real samples shipped in public/samples/. */
const SAMPLE_FILES: Partial<Record<SampleName, string>> = { cdnow: 'cdnow_master.csv', rfm: 'rfm_data_orders.csv' };
export const SAMPLE_ROWS: Record<Exclude<SampleName, 'cdnow' | 'rfm' | 'b2b'>, number> = {
  'retail-1k': 1_000,
  'retail-100k': 100_000,
  'retail-1m': 1_000_000,
};
const RETAIL_SEED = 20240601;
/** Main-thread work (ms) between pauses while scoring: well under a long task (50 ms). */
const SLICE_MS = 12;

/** Which kind of file the mapping panel is showing: transactions, or a customer table beside them. */
export type OpenedKind = 'orders' | 'attributes';

/** A successful import, for saved projects: where the transactions came from, or the customer table and how it was read. */
export type ImportEvent =
  | { kind: 'orders'; source: { file: File } | { sample: SampleName }; fileName: string }
  | { kind: 'attributes'; file: File | null; fileName: string; mapping: AttributeMapping; read: AttributeReadOptions };

/**
 * The workbench: import flow, current dataset and settings. Flow:
 *   idle/ready --open file--> reading --read ok--> mapping --confirm--> loading --ok--> idle (new dataset)
 *   reading|loading --fail or cancel--> idle, previous dataset untouched, error shown
 * A customer table takes the same arrows with openedKind 'attributes' (only once a dataset is
 * shown); its confirm swaps the attribute table and leaves the orders alone.
 */
export class Workbench {
  phase = $state<Phase>('idle');
  stage = $state<string>('');
  opened = $state.raw<OpenedFile | null>(null);
  openedKind = $state<OpenedKind>('orders');
  draftAttributeMapping = $state<AttributeMapping>({});
  draftAttributeRead = $state<AttributeReadOptions>({ dateOrder: null, decimal: '.' });
  /** The loaded customer table, if any; kept when another transactions file is loaded (its match is recounted). */
  attributes = $state.raw<AttributeDataset | null>(null);
  draftMapping = $state<Mapping>({});
  draftRead = $state<ReadOptions>({ dateOrder: null, decimal: '.', removeDuplicates: false });
  dataset = $state.raw<Dataset | null>(null);
  settings = $state<Settings>(defaultSettings());
  error = $state<Notice | null>(null);

  /** RFM of the current dataset under the current rules, computed in memory from its metrics. */
  rfm = $state.raw<RfmResult | null>(null);

  /** What the page reports in body[data-state], for people and end-to-end tests. */
  bodyState = $derived(this.error ? 'error' : this.phase !== 'idle' ? this.phase : this.dataset ? 'ready' : 'idle');

  /** Clusters of the current RFM result; its settings live in settings.clustering. */
  clustering = new Clustering(() => this.settings.clustering);

  /** Lifecycle stages of the current RFM result, recomputed when it or the lifecycle rules change (App wires that). */
  lifecycle = new Lifecycle();

  /** Value tiers, health index and concentration of the current RFM result (App wires updates). */
  value = new CustomerValueState();

  /** The customer whose profile is open, if any. */
  profile = new CustomerProfileState();

  /** Which result view is shown. */
  view = new ViewState();

  /** Named rule scenarios of this project. */
  scenarios = new Scenarios();

  /** Undo/redo of rule edits. */
  history = new SettingsHistory();

  /** The segmentation pinned to compare against (What-if tab). */
  baseline = new Baseline();

  /** Told after every successful import (saved projects create or update a project). */
  onImport: ((event: ImportEvent) => void) | null = null;
  /** A mapping to propose instead of the detected one when the next opened file has all its columns (a scenario file's). */
  preferredMapping: { mapping: Mapping; read: ReadOptions } | null = null;
  #source: { file: File } | { sample: SampleName } | null = null;
  #attributeFile: File | null = null;

  #ingest = new IngestClient();
  #run = 0;

  /** Opens a dropped or picked file and proposes a column mapping. */
  async openFile(file: File): Promise<void> {
    this.#source = { file };
    await this.#open(() => this.#ingest.api.open(file.name, file));
  }

  /** Opens a customer table (attributes) to go beside the loaded transactions; proposes attribute roles. */
  async openAttributesFile(file: File): Promise<void> {
    if (!this.dataset) return;
    this.#attributeFile = file;
    await this.#openAttributes(() => this.#ingest.api.openAttributes(file.name, file));
  }

  /** Loads a built-in sample, straight through to results when the mapping is unambiguous. */
  async openSample(name: SampleName): Promise<void> {
    this.#source = { sample: name };
    if (name === 'b2b') return this.#openB2bSample();
    const opened = await this.#open(async () => {
      const fileName = SAMPLE_FILES[name];
      if (fileName) {
        const response = await fetch(`${import.meta.env.BASE_URL}samples/${fileName}`);
        if (!response.ok) throw new Error(`sample missing (${response.status})`);
        return this.#ingest.api.open(fileName, new Uint8Array(await response.arrayBuffer()));
      }
      return this.#ingest.api.openSyntheticRetail(SAMPLE_ROWS[name as keyof typeof SAMPLE_ROWS], RETAIL_SEED);
    });
    if (opened && !checkMapping(this.opened!, this.draftMapping, this.draftRead).problem) await this.confirmImport();
  }

  /** The B2B sample: its transactions, then its customer table, each without asking when the mapping is clear. */
  async #openB2bSample(): Promise<void> {
    const opened = await this.#open(() => this.#ingest.api.openSyntheticB2bOrders(B2B_SAMPLE_SEED));
    if (!opened || checkMapping(this.opened!, this.draftMapping, this.draftRead).problem) return;
    await this.confirmImport();
    if (!this.dataset || this.error || this.phase !== 'idle') return;
    this.#attributeFile = null; // generated with the sample, not a file to store
    const attributes = await this.#openAttributes(() => this.#ingest.api.openSyntheticB2bCustomers(B2B_SAMPLE_SEED));
    if (attributes && !checkAttributeMapping(this.opened!, this.draftAttributeMapping, this.draftAttributeRead).problem) await this.confirmImport();
  }

  async #openAttributes(read: IngestOpenAttributes): Promise<boolean> {
    const run = ++this.#run;
    this.error = null;
    this.phase = 'reading';
    this.stage = 'stage.reading';
    try {
      const result = await read();
      if (run !== this.#run) return false;
      if (!result.ok) return this.#fail({ key: `error.read.${result.code}` });
      const file = result.file;
      this.opened = file;
      this.openedKind = 'attributes';
      this.draftAttributeMapping = { ...file.attributeSuggestion };
      const since = file.attributeSuggestion.since;
      const dateGuess = since ? file.dateGuesses[since] : undefined;
      this.draftAttributeRead = { dateOrder: dateGuess?.needsChoice ? null : (dateGuess?.order ?? null), decimal: file.decimal };
      this.phase = 'mapping';
      return true;
    } catch (cause) {
      if (run !== this.#run) return false;
      return this.#fail({ key: 'error.read.unreadable', params: { detail: messageOf(cause) } });
    }
  }

  async #open(read: () => Promise<{ ok: true; file: OpenedFile } | { ok: false; code: string }>): Promise<boolean> {
    const run = ++this.#run;
    this.error = null;
    this.phase = 'reading';
    this.stage = 'stage.reading';
    void loadDb(); // start DuckDB while the file is read
    try {
      const result = await read();
      if (run !== this.#run) return false;
      if (!result.ok) return this.#fail({ key: `error.read.${result.code}` });
      mark('fileRead');
      const file = result.file;
      this.opened = file;
      this.openedKind = 'orders';
      this.draftMapping = { ...file.suggestion };
      const dateGuess = file.suggestion.order_date ? file.dateGuesses[file.suggestion.order_date] : undefined;
      this.draftRead = { dateOrder: dateGuess?.needsChoice ? null : (dateGuess?.order ?? null), decimal: file.decimal, removeDuplicates: false };
      // A scenario file's mapping wins over detection when this file has its columns (same numbers for everyone).
      const preferred = this.preferredMapping;
      if (preferred && mappingFitsColumns(preferred.mapping, file.columns)) {
        this.draftMapping = { ...preferred.mapping };
        this.draftRead = { ...preferred.read };
        this.preferredMapping = null;
      }
      this.phase = 'mapping';
      if (!file.suggestion.order_date) this.error = { key: 'error.no_date_column' };
      return true;
    } catch (cause) {
      if (run !== this.#run) return false;
      return this.#fail({ key: 'error.read.unreadable', params: { detail: messageOf(cause) } });
    }
  }

  /** Picks the day/month order for an ambiguous date column; re-checks the mapping. */
  chooseDateOrder(order: ReadOptions['dateOrder']): void {
    this.draftRead.dateOrder = order;
  }

  /** Reads every row with the confirmed mapping, loads it and computes RFM; swaps datasets only on success. */
  async confirmImport(): Promise<void> {
    const opened = this.opened;
    if (!opened) return;
    if (this.openedKind === 'attributes') return this.#confirmAttributes(opened);
    const check = checkMapping(opened, this.draftMapping, this.draftRead);
    if (check.problem) {
      this.error = { key: check.problem };
      return;
    }
    const run = ++this.#run;
    const source = this.#source;
    const mapping = $state.snapshot(this.draftMapping);
    const read = $state.snapshot(this.draftRead);
    this.error = null;
    this.phase = 'loading';
    try {
      this.stage = 'stage.parsing';
      const { csv, report } = await this.#ingest.api.prepareOrders(mapping, read);
      if (run !== this.#run) return;
      if (report.rowsUsed === 0) {
        this.#fail({ key: 'error.no_usable_rows', params: { rows: report.rowsRead } }, 'mapping');
        return;
      }
      this.stage = 'stage.starting_db';
      mark('ordersPrepared');
      const db = await loadDb();
      this.stage = 'stage.loading';
      await stageOrders(db, csv);
      mark('ordersLoaded');
      const range = await orderDayRange(db, todayDay(), 'staged');
      const asOfDay = defaultAsOf(range);
      const hasOrderIds = !!mapping.order_id;
      this.stage = 'stage.computing';
      const { metrics, exclusions } = await metricsAsOf(db, asOfDay, hasOrderIds, range.rows, 'staged', this.#needsPurchaseDays());
      if (run !== this.#run) return;
      if (metrics.ids.length === 0) {
        this.#fail({ key: 'error.no_customers' }, 'mapping');
        return;
      }
      await commitStagedOrders(db);
      void this.#ingest.api.release(); // the rows now live in DuckDB; free the worker's copy
      this.settings.mapping = mapping;
      this.settings.read = read;
      this.settings.asOfDay = null;
      // Another file means other customers: its rule history and baseline start afresh.
      this.history.reset();
      this.baseline.clear();
      await this.#show({ fileName: opened.fileName, report, range, defaultAsOfDay: asOfDay, asOfDay, exclusions, metrics, hasOrderIds }, run);
      if (run !== this.#run) return;
      mark('rfmComputed');
      this.opened = null;
      this.phase = 'idle';
      if (source) this.onImport?.({ kind: 'orders', source, fileName: opened.fileName });
    } catch (cause) {
      if (run !== this.#run) return;
      this.#fail(cause instanceof DataError ? { key: cause.userMessageKey, params: { detail: cause.message } } : { key: 'error.import_failed', params: { detail: messageOf(cause) } }, 'mapping');
    }
  }

  /** Reads every row of the open customer table, loads it beside the orders; the previous table stays on failure. */
  async #confirmAttributes(opened: OpenedFile): Promise<void> {
    const dataset = this.dataset;
    const check = checkAttributeMapping(opened, this.draftAttributeMapping, this.draftAttributeRead);
    if (check.problem || !dataset) {
      this.error = { key: check.problem ?? 'error.attributes_need_orders' };
      return;
    }
    const run = ++this.#run;
    const mapping = $state.snapshot(this.draftAttributeMapping);
    const read = $state.snapshot(this.draftAttributeRead);
    this.error = null;
    this.phase = 'loading';
    try {
      this.stage = 'stage.parsing';
      const { csv, report } = await this.#ingest.api.prepareAttributes(mapping, read);
      if (run !== this.#run) return;
      if (report.rowsUsed === 0) {
        this.#fail({ key: 'error.no_usable_rows', params: { rows: report.rowsRead } }, 'mapping');
        return;
      }
      this.stage = 'stage.loading';
      const db = await loadDb();
      await stageAttributes(db, csv);
      await commitStagedAttributes(db);
      void this.#ingest.api.release();
      const asOfDay = this.dataset?.asOfDay ?? dataset.asOfDay;
      const match = await attributeMatch(db, asOfDay);
      if (run !== this.#run) return;
      this.attributes = { fileName: opened.fileName, report, match, asOfDay };
      this.opened = null;
      this.openedKind = 'orders';
      this.phase = 'idle';
      this.onImport?.({ kind: 'attributes', file: this.#attributeFile, fileName: opened.fileName, mapping, read });
    } catch (cause) {
      if (run !== this.#run) return;
      this.#fail(cause instanceof DataError ? { key: cause.userMessageKey, params: { detail: cause.message } } : { key: 'error.import_failed', params: { detail: messageOf(cause) } }, 'mapping');
    }
  }

  /** Recomputes every view as of another day (orders after it are left out). */
  async setAsOf(day: number | null): Promise<void> {
    const dataset = this.dataset;
    if (!dataset) return;
    const asOfDay = day ?? dataset.defaultAsOfDay;
    const run = ++this.#run;
    mark('asOfRequested');
    try {
      const db = await loadDb();
      const { metrics, exclusions } = await metricsAsOf(db, asOfDay, dataset.hasOrderIds, dataset.range.rows, 'current', this.#needsPurchaseDays());
      mark('asOfMetrics');
      if (run !== this.#run) return;
      if (metrics.ids.length === 0) {
        this.error = { key: 'error.as_of_before_data' };
        return;
      }
      this.error = null;
      this.settings.asOfDay = day;
      await this.#show({ ...dataset, asOfDay, metrics, exclusions }, run);
      mark('asOfRfm');
    } catch (cause) {
      if (run === this.#run) this.error = { key: 'error.query_failed', params: { detail: messageOf(cause) } };
    }
  }

  /**
   * Re-segments the current customers under settings.segmentRules. Scores do not depend on the
   * rules, so this is one lookup per customer in memory, no query; called by the rules editor.
   */
  applySegmentRules(): void {
    const rfm = this.rfm;
    if (!rfm) return;
    const rules = $state.snapshot(this.settings.segmentRules);
    const next: RfmResult = { ...rfm, segment: assignSegments(rfm.rScore, rfm.fScore, rfm.mScore, rules), segmentNames: segmentNames(rules) };
    // Same customers and scores: a finished clustering still lines up, and its calibration re-reads the new segments.
    if (this.clustering.basis === rfm) this.clustering.basis = next;
    this.rfm = next;
  }

  /**
   * Rescores the metrics in memory after a change of score method or definitions (no query), except the
   * first switch to purchase days on these metrics: they are counted by the database, once per as-of date.
   */
  async recompute(): Promise<void> {
    const dataset = this.dataset;
    if (!dataset) return;
    if (this.#needsPurchaseDays() && !dataset.metrics.purchaseDays) return this.setAsOf(this.settings.asOfDay);
    await this.#show(dataset, ++this.#run);
  }

  /** Whether the chosen frequency definition needs purchase days from the metrics query. */
  #needsPurchaseDays(): boolean {
    return needsPurchaseDays(normalizeDefinitions(this.settings.definitions));
  }

  /**
   * Replaces every rule choice at once (undo/redo, a scenario, a saved project or settings file) and
   * recomputes only what the change needs: a new as-of date re-queries, a new score method rescores
   * in memory, new segment rules re-segment; lifecycle, tiers, health and clusters follow their own
   * settings. The loaded file's mapping and read options stay: they belong to the data, not the rules.
   */
  async applySettings(next: Settings): Promise<void> {
    const previous = $state.snapshot(this.settings) as Settings;
    const incoming = structuredClone(next);
    this.settings = { ...incoming, mapping: previous.mapping, read: previous.read };
    if (!this.dataset) return;
    const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
    if (previous.asOfDay !== incoming.asOfDay) await this.setAsOf(incoming.asOfDay);
    else if (!same(rescoreInputs(previous), rescoreInputs(incoming))) await this.recompute();
    else if (!same(previous.segmentRules, incoming.segmentRules)) this.applySegmentRules();
  }

  /** Stops a running read or import; whatever was loaded before stays. */
  cancel(): void {
    this.#run++;
    this.#ingest.cancel();
    this.opened = null;
    this.openedKind = 'orders';
    this.phase = 'idle';
    this.error = null;
  }

  /**
   * customers.csv with every column. The export is always complete: when clustering has not run
   * for this result it runs first with the current settings; if it cannot run, its columns stay empty.
   */
  async customersCsvText(): Promise<string | null> {
    const rfm = this.rfm;
    if (!rfm) return null;
    const clustering = this.clustering;
    if (clustering.basis !== rfm || !clustering.fit) await clustering.run(rfm);
    if (this.rfm !== rfm) return null; // the data changed meanwhile
    const calibration = clustering.basis === rfm ? clustering.calibration : null;
    const fit = clustering.basis === rfm ? clustering.fit : null;
    const lifecycle = await this.lifecycle.resultFor(rfm);
    const value = await this.value.resultFor(rfm);
    const purchaseDays = rfm.metrics.purchaseDays ?? (await this.#purchaseDaysOf(rfm));
    return customersCsv(
      rfm,
      fit && calibration ? { labels: fit.labels, names: clustering.names, finalLabel: calibration.finalLabel, setBy: calibration.setBy } : null,
      lifecycle ? { stages: lifecycle.stages, usualRatio: lifecycle.usualRatio } : null,
      value ? { healthIndex: value.health.index, tier: value.tiers.tier, tierNames: value.tiers.names } : null,
      { purchaseDays },
    );
  }

  /** Purchase days of the result's customers, counted for the export when the scores did not need them; null if they do not line up. */
  async #purchaseDaysOf(rfm: RfmResult): Promise<Int32Array | null> {
    const dataset = this.dataset;
    if (!dataset) return null;
    try {
      const counted = await customerMetrics(await loadDb(), rfm.asOfDay, dataset.hasOrderIds, 'current', true);
      const { ids } = rfm.metrics;
      const aligned = counted.ids.length === ids.length && counted.ids.every((id, index) => id === ids[index]);
      return aligned && counted.purchaseDays ? counted.purchaseDays : null;
    } catch {
      return null; // the export stays complete otherwise; the column is written empty
    }
  }

  dismissError(): void {
    this.error = null;
  }

  /**
   * Scores a dataset and shows it. Each freshly scored metric and the rendering run in separate tasks so
   * none blocks the page for long at 100k customers.
   */
  async #show(dataset: Dataset, run: number): Promise<void> {
    await nextTask();
    const definitions = normalizeDefinitions($state.snapshot(this.settings.definitions));
    // Rescoring the shown customers (a cut point or method change) keeps the metrics whose scoring did not change.
    const previous = this.rfm?.metrics === dataset.metrics ? this.rfm : null;
    const steps = computeRfmInSteps(dataset.metrics, dataset.asOfDay, $state.snapshot(this.settings.segmentRules), $state.snapshot(this.settings.scoreMethod), definitions, previous);
    // Pause only once a slice of work has run: rescoring one metric (a few ms) shows without waiting for timers.
    let sliceStart = performance.now();
    let step = steps.next();
    for (; !step.done; step = steps.next()) {
      if (performance.now() - sliceStart < SLICE_MS) continue;
      await nextTask();
      sliceStart = performance.now();
    }
    const rfm = step.value;
    // The customer table meets these orders differently at every as-of date: recount before showing (not for the same dataset).
    const attributes =
      this.attributes && this.dataset !== dataset ? { ...this.attributes, asOfDay: dataset.asOfDay, match: await attributeMatch(await loadDb(), dataset.asOfDay) } : this.attributes;
    if (run !== this.#run) return; // a newer request took over
    this.clustering.invalidate();
    this.dataset = dataset;
    this.attributes = attributes;
    this.rfm = rfm;
  }

  #fail(notice: Notice, phase: Phase = 'idle'): false {
    this.error = notice;
    this.phase = phase === 'mapping' && this.opened ? 'mapping' : 'idle';
    if (this.phase === 'idle') {
      this.opened = null;
      this.openedKind = 'orders';
    }
    return false;
  }
}


/** The settings whose change means rescoring every customer in memory. */
function rescoreInputs(settings: Settings): unknown[] {
  return [settings.scoreMethod, normalizeDefinitions(settings.definitions)];
}

type IngestOpenAttributes = () => Promise<{ ok: true; file: OpenedAttributesFile } | { ok: false; code: string }>;

function messageOf(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
