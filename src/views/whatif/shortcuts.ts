/** What a key press asks of the rules history: undo, redo, or nothing. */
export type HistoryKey = 'undo' | 'redo' | null;

// Input types whose text the browser can undo itself; Ctrl+Z there stays the browser's.
const TEXT_INPUTS = new Set(['', 'text', 'search', 'number', 'email', 'url', 'tel', 'password']);

/** Ctrl/Cmd+Z undoes, Ctrl/Cmd+Shift+Z and Ctrl+Y redo; Alt combinations are left alone. */
export function historyKey(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'shiftKey' | 'altKey'>): HistoryKey {
  if (!(event.ctrlKey || event.metaKey) || event.altKey) return null;
  const key = event.key.toLowerCase();
  if (key === 'z') return event.shiftKey ? 'redo' : 'undo';
  if (key === 'y' && !event.shiftKey) return 'redo';
  return null;
}

/** Whether the element edits text (its own undo belongs to the browser). */
export function editsText(target: unknown): boolean {
  const element = target as { tagName?: string; type?: string; isContentEditable?: boolean; readOnly?: boolean } | null;
  if (!element || typeof element.tagName !== 'string') return false;
  if (element.isContentEditable) return true;
  const tag = element.tagName.toUpperCase();
  if (tag === 'TEXTAREA') return !element.readOnly;
  return tag === 'INPUT' && TEXT_INPUTS.has((element.type ?? '').toLowerCase()) && !element.readOnly;
}
