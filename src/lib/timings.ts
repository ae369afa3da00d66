/** Named milestones (ms since navigation start) for the benchmark; harmless when nobody reads them. */
export function mark(name: string): void {
  const holder = globalThis as { __stratifyTimings?: Record<string, number> };
  holder.__stratifyTimings ??= {};
  holder.__stratifyTimings[name] = Math.round(performance.now());
}
