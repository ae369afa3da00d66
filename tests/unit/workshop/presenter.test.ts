import { afterEach, describe, expect, it } from 'vitest';
import { presenter, presenterFromStorage, setPresenter, shownId } from '../../../src/lib/state/presenter.svelte';

describe('presenter mode', () => {
  afterEach(() => setPresenter(false));

  it.each([
    { stored: 'on', expected: true },
    { stored: 'off', expected: false },
    { stored: null, expected: false },
    { stored: 'true', expected: false },
  ])('a stored $stored starts it $expected', ({ stored, expected }) => {
    expect(presenterFromStorage(stored)).toBe(expected);
  });

  it('masks ids on screen only while it is on', () => {
    expect(shownId('00042')).toBe('00042');
    setPresenter(true);
    expect(presenter.on).toBe(true);
    expect(shownId('00042')).toBe('0•••42');
    setPresenter(false);
    expect(shownId('00042')).toBe('00042');
  });
});
