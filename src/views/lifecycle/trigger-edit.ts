import type { TriggerRule } from '../../lib/domain/lifecycle';

/** A new trigger watching everyone, with an id no existing trigger has ("trigger-<n>", one past the largest). */
export function newTrigger(existing: readonly TriggerRule[], moreThanDays: number): TriggerRule {
  const numbers = existing.map((rule) => Number(/^trigger-(\d+)$/.exec(rule.id)?.[1] ?? 0));
  return { id: `trigger-${Math.max(0, ...numbers) + 1}`, segments: [], moreThanDays };
}

/** The segments with `name` checked or unchecked, kept in the order of `order` (unknown names last, as they were). */
export function toggleSegment(segments: readonly string[], name: string, checked: boolean, order: readonly string[]): string[] {
  const chosen = new Set(segments);
  if (checked) chosen.add(name);
  else chosen.delete(name);
  const known = order.filter((segment) => chosen.has(segment));
  return [...known, ...[...chosen].filter((segment) => !order.includes(segment))];
}

/** Whole days ≥ 0 typed in the days box, or null while the text is not one (empty, negative, a fraction). */
export function parseDays(text: string): number | null {
  const trimmed = text.trim();
  return /^\d{1,5}$/.test(trimmed) ? Number(trimmed) : null;
}

/** The segment checkboxes of a trigger: the current segments, then names the trigger keeps that no longer exist. */
export function segmentChoices(segmentNames: readonly string[], watched: readonly string[]): { name: string; known: boolean }[] {
  return [...segmentNames.map((name) => ({ name, known: true })), ...watched.filter((name) => !segmentNames.includes(name)).map((name) => ({ name, known: false }))];
}
