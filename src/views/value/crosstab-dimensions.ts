import { categoricalFromText, type Categorical } from '../../lib/domain/cross-tab';

/** One way to group customers in the cross-tab: a key, a label and its per-customer codes. */
export interface Dimension extends Categorical {
  key: string;
  label: string;
}

/** What the workbench can group by right now, all aligned with the same customers. */
export interface DimensionSources {
  tiers: Categorical;
  segments: Categorical;
  /** Lifecycle stages with translated labels; null until they match the current result. */
  stages: Categorical | null;
  /** Cluster labels with names; null until clustering ran on the current result. */
  clusters: Categorical | null;
  /** Text attributes of a customer table by column name ('' unknown); empty without one. */
  attributes: Record<string, readonly string[]>;
}

/** Every available dimension, fixed ones first, then each attribute column (`attributeLabel` names it). */
export function dimensions(sources: DimensionSources, label: (key: string) => string, attributeLabel: (name: string) => string = (name) => name): Dimension[] {
  const fixed: [string, Categorical | null][] = [
    ['tier', sources.tiers],
    ['segment', sources.segments],
    ['stage', sources.stages],
    ['cluster', sources.clusters],
  ];
  const known = fixed.flatMap(([key, categorical]) => (categorical ? [{ key, label: label(key), ...categorical }] : []));
  const attributes = Object.entries(sources.attributes).map(([name, values]) => ({ key: `attribute:${name}`, label: attributeLabel(name), ...categoricalFromText([...values]) }));
  return [...known, ...attributes];
}

/** The default pair: industry × company size when a customer table has them, else tier × segment. */
export function defaultPair(available: readonly Dimension[]): [string, string] {
  const has = (key: string) => available.some((dimension) => dimension.key === key);
  if (has('attribute:industry') && has('attribute:company_size')) return ['attribute:industry', 'attribute:company_size'];
  return ['tier', 'segment'];
}
