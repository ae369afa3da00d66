import { describe, expect, it } from 'vitest';
import { canRedo, canUndo, currentEntry, pushStep, redoStep, startStack, undoStep, type UndoStack } from '../../../src/lib/domain/what-if';

type Op = ['push', string] | ['undo'] | ['redo'];
const run = (ops: Op[], limit = 100): UndoStack<string> =>
  ops.reduce((stack, op) => (op[0] === 'push' ? pushStep(stack, op[1], limit) : op[0] === 'undo' ? undoStep(stack) : redoStep(stack)), startStack('a'));

describe('undo stack', () => {
  it.each<{ name: string; ops: Op[]; limit?: number; entries: string[]; current: string; undo: boolean; redo: boolean }>([
    { name: 'a fresh stack has nothing to undo or redo', ops: [], entries: ['a'], current: 'a', undo: false, redo: false },
    { name: 'a push can be undone', ops: [['push', 'b']], entries: ['a', 'b'], current: 'b', undo: true, redo: false },
    { name: 'undo moves the pointer back and keeps the entry for redo', ops: [['push', 'b'], ['undo']], entries: ['a', 'b'], current: 'a', undo: false, redo: true },
    { name: 'redo moves it forward again', ops: [['push', 'b'], ['undo'], ['redo']], entries: ['a', 'b'], current: 'b', undo: true, redo: false },
    { name: 'undo past the start stays at the start', ops: [['push', 'b'], ['undo'], ['undo'], ['undo']], entries: ['a', 'b'], current: 'a', undo: false, redo: true },
    { name: 'redo past the end stays at the end', ops: [['push', 'b'], ['redo']], entries: ['a', 'b'], current: 'b', undo: true, redo: false },
    { name: 'a push after undo drops the redo branch', ops: [['push', 'b'], ['push', 'c'], ['undo'], ['undo'], ['push', 'd']], entries: ['a', 'd'], current: 'd', undo: true, redo: false },
    { name: 'the oldest steps fall off beyond the limit', ops: [['push', 'b'], ['push', 'c'], ['push', 'd']], limit: 3, entries: ['b', 'c', 'd'], current: 'd', undo: true, redo: false },
    { name: 'a limit of one keeps the current state only', ops: [['push', 'b']], limit: 1, entries: ['b'], current: 'b', undo: false, redo: false },
  ])('$name', ({ ops, limit, entries, current, undo, redo }) => {
    const stack = run(ops, limit);
    expect(stack.entries).toEqual(entries);
    expect(currentEntry(stack)).toBe(current);
    expect(canUndo(stack)).toBe(undo);
    expect(canRedo(stack)).toBe(redo);
  });

  it('never changes the stack it is given', () => {
    const start = startStack('a');
    const pushed = pushStep(start, 'b', 10);
    undoStep(pushed);
    expect(start).toEqual({ entries: ['a'], index: 0 });
    expect(pushed).toEqual({ entries: ['a', 'b'], index: 1 });
  });
});
