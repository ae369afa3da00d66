/**
 * Twelve categorical colours for clusters (K goes up to 12), distinct in hue and lightness so that
 * neighbours stay apart for common colour-vision deficiencies; the first is the app accent.
 */
export const CLUSTER_COLORS = [
  '#2f5fd0',
  '#e8833a',
  '#2a9d8f',
  '#c2415d',
  '#7b61c4',
  '#8c6d31',
  '#d4a017',
  '#5b8c3a',
  '#d46bb0',
  '#4a5568',
  '#17a2c4',
  '#a33b20',
] as const;

/** The colour of palette slot `slot` (wraps around past 12). */
export function clusterColor(slot: number): string {
  const size = CLUSTER_COLORS.length;
  return CLUSTER_COLORS[((slot % size) + size) % size];
}
