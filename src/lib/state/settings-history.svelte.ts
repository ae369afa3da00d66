import { canRedo, canUndo, currentEntry, pushStep, redoStep, ruleSettingsKey, startStack, undoStep, type UndoStack } from '../domain/what-if';
import type { Settings } from './settings';

/** How long the settings must stay unchanged before a burst of edits (a slider drag, typing) becomes one step. */
export const QUIET_MS = 450;
/** Steps kept; older ones fall off. */
export const HISTORY_LIMIT = 100;

interface Step {
  key: string;
  settings: Settings;
}

/**
 * Undo/redo of rule edits: snapshots of the settings object. The owner reports every settings value
 * with `observe`; a value equal to the current step is not an edit (that is how undo's own apply is
 * told apart from a user's edit). `undo`/`redo` return the settings to apply (the owner applies them).
 */
export class SettingsHistory {
  #stack = $state.raw<UndoStack<Step> | null>(null);
  #pending = $state.raw<Step | null>(null);
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped by reset, so an observer re-reports the settings it now starts from. */
  generation = $state(0);

  canUndo = $derived(this.#pending !== null || (this.#stack !== null && canUndo(this.#stack)));
  canRedo = $derived(this.#pending === null && this.#stack !== null && canRedo(this.#stack));

  /** Reports the settings as they are now; the first report after a reset is the starting point. */
  observe(settings: Settings): void {
    const step = { key: ruleSettingsKey(settings), settings: $state.snapshot(settings) as Settings };
    if (!this.#stack) {
      this.#stack = startStack(step);
      return;
    }
    clearTimeout(this.#timer);
    if (step.key === currentEntry(this.#stack).key) {
      this.#pending = null; // back where the last step is (an undo applied, or an edit taken back by hand)
      return;
    }
    this.#pending = step;
    this.#timer = setTimeout(() => this.flush(), QUIET_MS);
  }

  /** Records a pending burst of edits as a step now. */
  flush(): void {
    clearTimeout(this.#timer);
    const pending = this.#pending;
    if (!pending || !this.#stack) return;
    this.#pending = null;
    this.#stack = pushStep(this.#stack, pending, HISTORY_LIMIT);
  }

  /** The settings one step back, or null when there is none. */
  undo(): Settings | null {
    this.flush();
    if (!this.#stack || !canUndo(this.#stack)) return null;
    this.#stack = undoStep(this.#stack);
    return structuredClone(currentEntry(this.#stack).settings);
  }

  /** The settings one step forward, or null when there is none. */
  redo(): Settings | null {
    this.flush();
    if (!this.#stack || !canRedo(this.#stack)) return null;
    this.#stack = redoStep(this.#stack);
    return structuredClone(currentEntry(this.#stack).settings);
  }

  /** Forgets every step (a project or file was opened). */
  reset(): void {
    clearTimeout(this.#timer);
    this.#stack = null;
    this.#pending = null;
    this.generation++;
  }
}
