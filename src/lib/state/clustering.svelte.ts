import { calibrate, describeRule, type Calibration, type CalibrationRule } from '../domain/calibration';
import { buildFeatures, clusterNames, profileClusters, profileFeatures, type FeatureMatrix, type SweepOutcome } from '../domain/clustering';
import { DESCRIPTOR_LABELS, type Descriptor } from '../domain/clustering/cluster-names';
import { t } from '../i18n';
import { carryOver, matchClusters } from '../domain/clustering/matching';
import type { FitOutcome } from '../domain/clustering/jobs';
import type { ClusterProfile } from '../domain/clustering/profiles';
import type { RfmResult } from '../domain/rfm';
import { CANCELLED, ClusterClient } from '../compute/cluster-client';
import type { AuditEntry, ClusteringSettings } from './clustering-settings';

type Sweep = Extract<SweepOutcome, { ok: true }>;
type Fit = Extract<FitOutcome, { ok: true }>;

/** Where a clustering run is. */
export type ClusteringStatus = 'idle' | 'sweeping' | 'fitting' | 'ready' | 'failed';

/**
 * Clustering of the current RFM result: sweep K in the worker, fit the chosen K, profile, name
 * and calibrate. Flow:
 *   idle|ready|failed --run--> sweeping --ok--> fitting --ok--> ready
 *   sweeping|fitting --cancel--> the previous state; --guard fails--> failed (problem set)
 *   a new dataset or as-of date --invalidate--> idle (labels no longer line up with customers)
 */
export class Clustering {
  status = $state<ClusteringStatus>('idle');
  progress = $state({ done: 0, total: 0 });
  /** Why clustering cannot run (a ClusteringProblem), e.g. 'too_few_customers'. */
  problem = $state<string | null>(null);
  features = $state.raw<FeatureMatrix | null>(null);
  sweep = $state.raw<Sweep | null>(null);
  fit = $state.raw<Fit | null>(null);
  /** The RFM result the fit belongs to. */
  basis = $state.raw<RfmResult | null>(null);

  #client = new ClusterClient();
  /** Bumped by cancel and invalidate, so a fit finishing afterwards is dropped. */
  #generation = 0;
  #settings: () => ClusteringSettings;

  constructor(settings: () => ClusteringSettings) {
    this.#settings = settings;
  }

  /** Automatic names from the profiles; the user's names (settings.names) take precedence. */
  /** Per-cluster profiles of the current fit (computed with it, in a task of their own). */
  profiles = $state.raw<ClusterProfile[]>([]);
  autoNames: string[] = $derived(clusterNames(this.profiles));
  names: string[] = $derived(this.autoNames.map((name, cluster) => this.#current().names[cluster] || name));
  /** The automatic names in the interface language, for the screen only (files keep `names`). */
  shownAutoNames: string[] = $derived(clusterNames(this.profiles, descriptorLabels()));
  /** Names as shown: the user's as typed, else the automatic name in the interface language. */
  shownNames: string[] = $derived(this.shownAutoNames.map((name, cluster) => this.#current().names[cluster] || name));

  /** Final segments after the calibration rules and hand overrides. */
  calibration: Calibration | null = $derived(
    this.fit && this.basis ? calibrate(this.basis, this.fit.labels, this.names, this.#current().rules, this.#current().overrides) : null,
  );

  /** Sweeps the K range and fits the chosen (or recommended) K. Resolves when done, cancelled or failed. */
  async run(rfm: RfmResult): Promise<void> {
    const settings = $state.snapshot(this.#settings());
    const features = buildFeatures(rfm, { features: settings.features, scaling: settings.scaling });
    this.problem = null;
    this.status = 'sweeping';
    this.progress = { done: 0, total: 2 * (settings.kMax - settings.kMin + 1) };
    const kmeans = { seed: settings.seed, nInit: settings.nInit, maxIterations: 300, tolerance: 1e-4, restartSample: { above: 50_000, size: 20_000 } };
    const sweep = await this.#client.sweep(features.matrix, features.n, features.d, {
      kMin: settings.kMin,
      kMax: settings.kMax,
      kmeans,
      silhouette: { exactLimit: 20_000, sampleSize: 10_000, seed: settings.seed },
    }, (done, total) => (this.progress = { done, total }));
    if (sweep === CANCELLED) return;
    if (!sweep.ok) return this.#failed(sweep.reason);
    this.features = features;
    this.sweep = sweep;
    const k = settings.k !== null && settings.k >= sweep.kMin && settings.k <= sweep.kMax ? settings.k : sweep.recommendedK;
    await this.#fit(rfm, features, k, settings);
  }

  /** Fits another K from the same sweep. */
  async chooseK(rfm: RfmResult, k: number): Promise<void> {
    const settings = this.#settings();
    settings.k = k;
    if (!this.features || this.basis !== rfm) return this.run(rfm);
    await this.#fit(rfm, this.features, k, $state.snapshot(settings));
  }

  async #fit(rfm: RfmResult, features: FeatureMatrix, k: number, settings: ClusteringSettings): Promise<void> {
    this.status = 'fitting';
    const generation = this.#generation;
    const previous = this.fit;
    const fit = await this.#client.fit(features.matrix, features.n, features.d, k, {
      seed: settings.seed,
      nInit: settings.nInit,
      maxIterations: 300,
      tolerance: 1e-4,
      restartSample: { above: 50_000, size: 20_000 },
    });
    if (fit === CANCELLED) return;
    if (!fit.ok) return this.#failed(fit.reason);
    // Profiling and then rendering 100k customers each get a task, so neither blocks the page long.
    await nextTask();
    const profiles = profileClusters(rfm, fit.labels, fit.k, profileFeatures(features.names));
    await nextTask();
    if (generation !== this.#generation) return;
    // Typed names follow their cluster across re-runs with the same K (matched by centroid).
    if (previous && previous.k === fit.k && this.#settings().names.length) {
      const match = matchClusters(previous.centroids, fit.centroids, features.d);
      this.#settings().names = carryOver(this.#settings().names, match, new Array<string>(fit.k).fill(''));
    } else if (!previous || previous.k !== fit.k) {
      this.#settings().names = [];
    }
    this.basis = rfm;
    this.fit = fit;
    this.profiles = profiles;
    this.status = 'ready';
  }

  /** Adds a calibration rule at the end (rules apply in order) and records it in the audit. */
  addRule(rule: CalibrationRule): void {
    this.#current().rules.push(rule);
    this.#audit('rule_added', describeRule(rule), () => this.#changedBy(rule.id));
  }

  /** Replaces a rule (label, conditions, enabled) and records the change. */
  updateRule(rule: CalibrationRule): void {
    const rules = this.#current().rules;
    const index = rules.findIndex((existing) => existing.id === rule.id);
    if (index < 0) return;
    rules[index] = rule;
    this.#audit('rule_changed', describeRule(rule), () => this.#changedBy(rule.id));
  }

  /** Moves a rule one place up (-1) or down (+1); order decides which rule wins. */
  moveRule(id: string, step: -1 | 1): void {
    const rules = this.#current().rules;
    const index = rules.findIndex((rule) => rule.id === id);
    const target = index + step;
    if (index < 0 || target < 0 || target >= rules.length) return;
    [rules[index], rules[target]] = [rules[target], rules[index]];
    this.#audit('rule_changed', `${describeRule(rules[target])} (moved)`, () => this.#changedBy(id));
  }

  removeRule(id: string): void {
    const rules = this.#current().rules;
    const rule = rules.find((existing) => existing.id === id);
    if (!rule) return;
    const before = this.#changedBy(id);
    this.#current().rules = rules.filter((existing) => existing.id !== id);
    this.#audit('rule_removed', describeRule(rule), () => before);
  }

  /** Sets (or with label null, removes) the hand-picked final segment of one customer. */
  setOverride(customerId: string, label: string | null): void {
    const settings = this.#current();
    settings.overrides = settings.overrides.filter((override) => override.customerId !== customerId);
    if (label) settings.overrides.push({ customerId, label });
    this.#audit(label ? 'override_set' : 'override_removed', label ? `${customerId} → ${label}` : customerId, () => 1);
  }

  #changedBy(ruleId: string): number {
    const index = this.#current().rules.findIndex((rule) => rule.id === ruleId);
    return index >= 0 ? (this.calibration?.changedByRule[index] ?? 0) : 0;
  }

  #audit(action: AuditEntry['action'], detail: string, customers: () => number): void {
    this.#current().audit.push({ at: new Date().toISOString(), action, detail, customers: customers() });
  }

  /** Stops a running sweep or fit; the last result stays. */
  cancel(): void {
    this.#generation++;
    this.#client.cancel();
    this.status = this.fit ? 'ready' : 'idle';
  }

  /** Forgets results that no longer match the customers (new data or as-of date). */
  invalidate(): void {
    this.#generation++;
    this.#client.cancel();
    this.status = 'idle';
    this.problem = null;
    this.features = null;
    this.sweep = null;
    this.fit = null;
    this.basis = null;
    this.profiles = [];
  }

  // Read through a method: the derived fields above are initialised before the constructor runs.
  #current(): ClusteringSettings {
    return this.#settings();
  }

  #failed(reason: string): void {
    this.problem = reason;
    this.status = 'failed';
  }
}

function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** The descriptor words of automatic cluster names in the interface language. */
function descriptorLabels(): Record<Descriptor, string> {
  return Object.fromEntries(Object.keys(DESCRIPTOR_LABELS).map((descriptor) => [descriptor, t(`clusters.descriptor.${descriptor}`)])) as Record<Descriptor, string>;
}
