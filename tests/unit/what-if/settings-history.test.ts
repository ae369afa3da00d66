import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QUIET_MS, SettingsHistory } from '../../../src/lib/state/settings-history.svelte';
import { defaultSettings, type Settings } from '../../../src/lib/state/settings';

const withChampionsR = (low: number): Settings => {
  const settings = defaultSettings();
  settings.segmentRules[0].r = [low, 5];
  return settings;
};
const championsR = (settings: Settings | null) => settings?.segmentRules[0].r[0];

describe('settings history', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('starts from the first settings it sees, with nothing to undo', () => {
    const history = new SettingsHistory();
    history.observe(withChampionsR(5));
    expect([history.canUndo, history.canRedo]).toEqual([false, false]);
    expect(history.undo()).toBeNull();
  });

  it('a burst of edits within the quiet time is one step; undo returns to before the burst', () => {
    const history = new SettingsHistory();
    history.observe(withChampionsR(5));
    history.observe(withChampionsR(4));
    vi.advanceTimersByTime(QUIET_MS - 100);
    history.observe(withChampionsR(3));
    vi.advanceTimersByTime(QUIET_MS - 100);
    history.observe(withChampionsR(2));
    vi.advanceTimersByTime(QUIET_MS + 1);
    expect(history.canUndo).toBe(true);
    expect(championsR(history.undo())).toBe(5);
    expect(history.canUndo).toBe(false);
    expect(championsR(history.redo())).toBe(2);
    expect(history.canRedo).toBe(false);
  });

  it('edits apart in time are separate steps, and undo flushes a pending edit first', () => {
    const history = new SettingsHistory();
    history.observe(withChampionsR(5));
    history.observe(withChampionsR(4));
    vi.advanceTimersByTime(QUIET_MS + 1);
    history.observe(withChampionsR(3)); // still pending: undo must first record it
    expect(history.canUndo).toBe(true);
    expect(history.canRedo).toBe(false);
    expect(championsR(history.undo())).toBe(4);
    expect(championsR(history.undo())).toBe(5);
    expect(history.undo()).toBeNull();
    expect(championsR(history.redo())).toBe(4);
  });

  it('seeing the settings an undo returned is not a new edit (the redo stays)', () => {
    const history = new SettingsHistory();
    history.observe(withChampionsR(5));
    history.observe(withChampionsR(4));
    history.flush();
    const applied = history.undo()!;
    history.observe(applied); // the owner applied it and reports the settings back
    vi.advanceTimersByTime(QUIET_MS * 2);
    expect([history.canUndo, history.canRedo]).toEqual([false, true]);
  });

  it('an edit after undo drops the redo branch', () => {
    const history = new SettingsHistory();
    history.observe(withChampionsR(5));
    history.observe(withChampionsR(4));
    history.flush();
    history.observe(history.undo()!);
    history.observe(withChampionsR(1));
    history.flush();
    expect(history.canRedo).toBe(false);
    expect(championsR(history.undo())).toBe(5);
  });

  it('the loaded file’s mapping is not an edit, and reset forgets every step', () => {
    const history = new SettingsHistory();
    history.observe(withChampionsR(5));
    const mapped = withChampionsR(5);
    mapped.mapping = { customer_id: 'id' };
    history.observe(mapped);
    vi.advanceTimersByTime(QUIET_MS * 2);
    expect(history.canUndo).toBe(false);
    history.observe(withChampionsR(4));
    history.flush();
    const generation = history.generation;
    history.reset();
    expect(history.generation).toBe(generation + 1);
    expect([history.canUndo, history.canRedo]).toEqual([false, false]);
    history.observe(withChampionsR(4));
    expect(history.canUndo).toBe(false);
  });

  it('returns copies: editing what undo gave back does not change the recorded step', () => {
    const history = new SettingsHistory();
    history.observe(withChampionsR(5));
    history.observe(withChampionsR(4));
    history.flush();
    const applied = history.undo()!;
    applied.segmentRules[0].r = [1, 1];
    expect(championsR(history.redo())).toBe(4);
    expect(championsR(history.undo())).toBe(5);
  });
});
