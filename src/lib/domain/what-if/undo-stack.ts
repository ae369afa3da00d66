/**
 * Undo/redo steps as a bounded list with a pointer: `entries[index]` is the state shown, entries before it
 * can be undone to, entries after it redone. Immutable: every step returns a new stack.
 */
export interface UndoStack<T> {
  readonly entries: readonly T[];
  readonly index: number;
}

/** A stack holding one state and nothing to undo or redo. */
export function startStack<T>(first: T): UndoStack<T> {
  return { entries: [first], index: 0 };
}

/** Records `entry` as the new current state: the redo branch is dropped, the oldest steps beyond `limit` fall off. */
export function pushStep<T>(stack: UndoStack<T>, entry: T, limit: number): UndoStack<T> {
  const entries = [...stack.entries.slice(0, stack.index + 1), entry];
  const kept = entries.slice(Math.max(0, entries.length - Math.max(1, limit)));
  return { entries: kept, index: kept.length - 1 };
}

export const canUndo = <T>(stack: UndoStack<T>): boolean => stack.index > 0;
export const canRedo = <T>(stack: UndoStack<T>): boolean => stack.index < stack.entries.length - 1;

/** One step back (unchanged when there is none). */
export function undoStep<T>(stack: UndoStack<T>): UndoStack<T> {
  return canUndo(stack) ? { entries: stack.entries, index: stack.index - 1 } : stack;
}

/** One step forward (unchanged when there is none). */
export function redoStep<T>(stack: UndoStack<T>): UndoStack<T> {
  return canRedo(stack) ? { entries: stack.entries, index: stack.index + 1 } : stack;
}

/** The state shown. */
export function currentEntry<T>(stack: UndoStack<T>): T {
  return stack.entries[stack.index];
}
