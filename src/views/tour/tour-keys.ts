/** What a key press does to an open tour, if anything. */
export type TourKeyAction = 'close' | 'next' | 'previous';

/** Elements that use the arrow keys themselves (text fields, lists, sliders, scrolling tables, charts with arrow navigation). */
const OWNS_ARROWS =
  'input, select, textarea, [contenteditable], [role="grid"], [role="slider"], [role="listbox"], [role="tablist"], [role="region"], [role="application"], dialog, svg, canvas, [data-arrow-keys]';

/**
 * Esc closes the tour from anywhere but a dialog; the left and right arrows move between steps unless the
 * focused element uses them (a text field, a slider, a chart's cells), so the tour never steals them.
 */
export function tourKeyAction(event: Pick<KeyboardEvent, 'key' | 'target' | 'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey'>, panel: Element | null): TourKeyAction | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  // Duck-typed rather than instanceof Element, so the rule is testable without a DOM.
  const target = event.target && typeof (event.target as Element).closest === 'function' ? (event.target as Element) : null;
  // Esc in an open dialog (a customer's profile) closes that dialog, not the tour.
  if (event.key === 'Escape') return target?.closest('dialog') ? null : 'close';
  if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return null;
  if (event.shiftKey) return null;
  const inPanel = !!(panel && target && panel.contains(target));
  if (target && !inPanel && target.closest(OWNS_ARROWS)) return null;
  return event.key === 'ArrowRight' ? 'next' : 'previous';
}
