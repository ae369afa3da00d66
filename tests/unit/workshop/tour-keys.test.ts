import { describe, expect, it } from 'vitest';
import { tourKeyAction } from '../../../src/views/tour/tour-keys';

// A stand-in for a focused element: `closest` answers whether it sits in something that uses the arrows itself (or a dialog).
const element = (ownsArrows: boolean, inDialog = false) =>
  ({ closest: (selector: string) => (selector === 'dialog' ? (inDialog ? {} : null) : ownsArrows ? {} : null) }) as unknown as Element;
const panelHolding = (inside: Element) => ({ contains: (node: Element) => node === inside }) as unknown as Element;
const key = (name: string, target: Element | null, modifiers: Partial<Record<'altKey' | 'ctrlKey' | 'metaKey' | 'shiftKey', boolean>> = {}) => ({
  key: name,
  target,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('tourKeyAction', () => {
  const field = element(true);
  const button = element(false);
  it.each([
    { name: 'Esc closes from anywhere', event: key('Escape', field), panel: null, expected: 'close' },
    { name: 'Esc in a dialog is the dialog\'s', event: key('Escape', element(false, true)), panel: null, expected: null },
    { name: 'Esc with nothing focused closes', event: key('Escape', null), panel: null, expected: 'close' },
    { name: '→ on the page moves on', event: key('ArrowRight', button), panel: null, expected: 'next' },
    { name: '← on the page moves back', event: key('ArrowLeft', null), panel: null, expected: 'previous' },
    { name: '→ in a text field or chart is left to it', event: key('ArrowRight', field), panel: null, expected: null },
    { name: '→ on a button of the panel moves on', event: key('ArrowRight', field), panel: panelHolding(field), expected: 'next' },
    { name: 'Ctrl+→ is left to the browser', event: key('ArrowRight', button, { ctrlKey: true }), panel: null, expected: null },
    { name: 'Shift+← (text selection) is left alone', event: key('ArrowLeft', button, { shiftKey: true }), panel: null, expected: null },
    { name: 'other keys do nothing', event: key('Enter', button), panel: null, expected: null },
  ])('$name', ({ event, panel, expected }) => {
    expect(tourKeyAction(event, panel)).toBe(expected);
  });
});
