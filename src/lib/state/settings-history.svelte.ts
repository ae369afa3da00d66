import type { Settings } from './settings';

/** Undo/redo of rule edits: snapshots of the settings object. */
export class SettingsHistory {
  #entries = $state.raw<Settings[]>([]);

  /** Forgets every step (a project or file was opened). */
  reset(): void {
    this.#entries = [];
  }
}
