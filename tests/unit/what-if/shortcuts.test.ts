import { describe, expect, it } from 'vitest';
import { editsText, historyKey } from '../../../src/views/whatif/shortcuts';

const key = (key: string, mods: { ctrl?: boolean; meta?: boolean; shift?: boolean; alt?: boolean } = {}) => ({
  key,
  ctrlKey: !!mods.ctrl,
  metaKey: !!mods.meta,
  shiftKey: !!mods.shift,
  altKey: !!mods.alt,
});

describe('undo/redo shortcuts', () => {
  it.each([
    { name: 'Ctrl+Z undoes', event: key('z', { ctrl: true }), expected: 'undo' },
    { name: 'Cmd+Z undoes', event: key('z', { meta: true }), expected: 'undo' },
    { name: 'Ctrl+Shift+Z redoes (key reported in capitals)', event: key('Z', { ctrl: true, shift: true }), expected: 'redo' },
    { name: 'Cmd+Shift+Z redoes', event: key('z', { meta: true, shift: true }), expected: 'redo' },
    { name: 'Ctrl+Y redoes', event: key('y', { ctrl: true }), expected: 'redo' },
    { name: 'a plain Z types', event: key('z'), expected: null },
    { name: 'Ctrl+Alt+Z is left alone', event: key('z', { ctrl: true, alt: true }), expected: null },
    { name: 'Ctrl+Shift+Y is left alone', event: key('y', { ctrl: true, shift: true }), expected: null },
    { name: 'Ctrl+S is not ours', event: key('s', { ctrl: true }), expected: null },
  ])('$name', ({ event, expected }) => expect(historyKey(event)).toBe(expected));

  it.each([
    { name: 'a text box', target: { tagName: 'INPUT', type: 'text' }, expected: true },
    { name: 'a number box', target: { tagName: 'INPUT', type: 'number' }, expected: true },
    { name: 'an input without type', target: { tagName: 'input', type: '' }, expected: true },
    { name: 'a textarea', target: { tagName: 'TEXTAREA' }, expected: true },
    { name: 'a read-only text box', target: { tagName: 'INPUT', type: 'text', readOnly: true }, expected: false },
    { name: 'editable content', target: { tagName: 'DIV', isContentEditable: true }, expected: true },
    { name: 'a select', target: { tagName: 'SELECT' }, expected: false },
    { name: 'a slider', target: { tagName: 'INPUT', type: 'range' }, expected: false },
    { name: 'a date input', target: { tagName: 'INPUT', type: 'date' }, expected: false },
    { name: 'a button', target: { tagName: 'BUTTON' }, expected: false },
    { name: 'the window', target: null, expected: false },
  ])('$name edits text: $expected', ({ target, expected }) => expect(editsText(target)).toBe(expected));
});
