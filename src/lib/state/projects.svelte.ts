import { t } from '../i18n';
import {
  deleteAllLocalData,
  deleteProject,
  getProject,
  lastProjectId,
  listProjects,
  putProject,
  rememberLastProject,
  type ProjectRecord,
  type ProjectSource,
} from '../storage';
import { loadProject, ProjectError } from './projects-restore';
import type { NamedScenario } from './scenarios.svelte';
import type { Settings } from './settings';
import { parseSettingsFile, settingsFileText } from './settings-file';
import type { ImportEvent, Notice, Workbench } from './workbench.svelte';

/** Rule edits come in bursts (a slider drag, typing): save once they pause this long. */
export const AUTOSAVE_MS = 600;

/** A message of the projects panel; info (a settings file applied) or error. */
export interface ProjectsNotice extends Notice {
  tone: 'info' | 'error';
}

const newId = () => crypto.randomUUID();
const savedForm = (settings: Settings, scenarios: NamedScenario[]) => JSON.stringify([settings, scenarios]);

/**
 * Saved projects in this browser. Flow:
 *   import succeeds --> a new project (the file's bytes or the sample's name, settings, scenarios) is current
 *   rule or scenario edit --AUTOSAVE_MS quiet--> the current project is saved
 *   page load --a last project--> restoring --ok--> current | --fail--> error shown, empty app, not retried
 */
export class Projects {
  list = $state.raw<ProjectRecord[]>([]);
  currentId = $state<string | null>(null);
  /** The name of the project being opened (empty until its record is read); null when none is. */
  restoring = $state<string | null>(null);
  notice = $state<ProjectsNotice | null>(null);
  /** Whether the projects dialog is shown (the header button opens it). */
  panelOpen = $state(false);

  #workbench: Workbench;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #saved = '';
  /** Set while an import becomes a project, so no save lands on the project shown before. */
  #creating = false;
  /** A settings file read before any data: applied again right after the next import (whose as-of date reset). */
  #pendingScenario: Settings | null = null;

  constructor(workbench: Workbench) {
    this.#workbench = workbench;
    workbench.onImport = (event) => void this.#imported(event);
  }

  /** Re-reads the list from storage. */
  async refresh(): Promise<void> {
    try {
      this.list = await listProjects();
    } catch (cause) {
      this.#error('projects.error.storage', cause);
    }
  }

  /** Opens the project that was open last time, if any (called on page load when no sample is asked for). */
  async restoreLast(): Promise<void> {
    const id = lastProjectId();
    if (id) await this.open(id, true);
  }

  /** Opens a stored project; on failure the error is shown and what was shown before stays. */
  async open(id: string, startup = false): Promise<boolean> {
    this.restoring = '';
    this.notice = null;
    let name = '';
    try {
      const record = await getProject(id);
      if (!record) throw new ProjectError({ key: 'projects.error.gone' });
      name = record.name;
      this.restoring = name;
      await loadProject(this.#workbench, record);
      this.currentId = id;
      this.#saved = savedForm(record.settings as Settings, record.scenarios as NamedScenario[]);
      rememberLastProject(id);
      return true;
    } catch (cause) {
      this.#workbench.cancel();
      this.currentId = null; // what is on screen may be half of this project: save it nowhere
      const detail = cause instanceof ProjectError ? t(cause.notice.key, cause.notice.params) : messageOf(cause);
      this.#workbench.error = { key: 'projects.restore_failed', params: { name: name || '?', detail } };
      // Not retried on every reload: the project stays in the list to try again or delete.
      if (startup) rememberLastProject(null);
      return false;
    } finally {
      this.restoring = null;
      void this.refresh();
    }
  }

  /** Reports the current rules and scenarios (App's effect); the current project is saved once edits pause. */
  changed(settings: Settings, scenarios: NamedScenario[]): void {
    clearTimeout(this.#timer);
    const id = this.currentId;
    // While a file loads, the settings already hold its mapping: they are not the current project's any more.
    if (!id || this.restoring !== null || this.#creating || this.#workbench.phase === 'loading') return;
    this.#timer = setTimeout(() => void this.#save(id, settings, scenarios), AUTOSAVE_MS);
  }

  async rename(id: string, name: string): Promise<void> {
    const trimmed = name.trim();
    await this.#update(id, (record) => (trimmed ? { ...record, name: trimmed } : record));
  }

  /** A copy under a new name; it shares the stored files (they are deleted with the last project naming them). */
  async duplicate(id: string): Promise<void> {
    try {
      const record = await getProject(id);
      if (!record) return;
      const now = new Date().toISOString();
      await putProject({ ...record, id: newId(), name: t('projects.copy_name', { name: record.name }), createdAt: now, updatedAt: now });
    } catch (cause) {
      this.#error('projects.error.storage', cause);
    }
    await this.refresh();
  }

  /** Deletes a stored project; the data on screen stays, but is no longer saved. */
  async remove(id: string): Promise<void> {
    try {
      await deleteProject(id);
      if (this.currentId === id) {
        this.currentId = null;
        rememberLastProject(null);
      }
    } catch (cause) {
      this.#error('projects.error.storage', cause);
    }
    await this.refresh();
  }

  /** Deletes every project, stored file, setting and preference of the app in this browser. */
  async deleteEverything(): Promise<boolean> {
    clearTimeout(this.#timer);
    this.currentId = null;
    try {
      await deleteAllLocalData();
      this.list = [];
      return true;
    } catch (cause) {
      this.#error('projects.error.wipe', cause);
      return false;
    }
  }

  /** The settings file of the current rules (JSON, no customer data). */
  settingsFileText(): string {
    return settingsFileText($state.snapshot(this.#workbench.settings) as Settings);
  }

  /**
   * Applies a settings (scenario) file: its rules at once, its mapping for the next file opened with those
   * columns, and, when no data is loaded yet, its rules again after that import (which resets the as-of date).
   * Hand overrides of the loaded data stay: they belong to the data, not to the rules.
   */
  async importSettingsFile(fileName: string, text: string): Promise<boolean> {
    const parsed = parseSettingsFile(text);
    if (!parsed.ok) {
      this.notice = { ...parsed.error, tone: 'error' };
      return false;
    }
    const workbench = this.#workbench;
    const current = $state.snapshot(workbench.settings) as Settings;
    const next: Settings = { ...parsed.settings, clustering: { ...parsed.settings.clustering, overrides: current.clustering.overrides, audit: current.clustering.audit } };
    workbench.preferredMapping = { mapping: next.mapping, read: next.read };
    this.#pendingScenario = workbench.dataset ? null : next;
    await workbench.applySettings(next);
    // Fields the file lacked are named only when there are some.
    const key = `projects.settings_${workbench.dataset ? 'applied' : 'pending'}${parsed.filled.length ? '_filled' : ''}`;
    this.notice = { key, params: { file: fileName, filled: parsed.filled.length }, tone: 'info' };
    return true;
  }

  dismissNotice(): void {
    this.notice = null;
  }

  /** A successful import: a new project holding the file (or the sample's name), or the customer table added to the current one. */
  async #imported(event: ImportEvent): Promise<void> {
    if (this.restoring !== null) return; // the project being opened is already stored
    if (event.kind === 'attributes') return this.#storeAttributes(event).catch((cause) => this.#error('projects.error.storage', cause));
    clearTimeout(this.#timer);
    this.#creating = true;
    try {
      const scenario = this.#pendingScenario;
      this.#pendingScenario = null;
      if (scenario) await this.#workbench.applySettings(scenario);
      await this.#create(event);
    } catch (cause) {
      this.currentId = null;
      this.#error('projects.error.storage', cause);
    } finally {
      this.#creating = false;
    }
  }

  async #create(event: Extract<ImportEvent, { kind: 'orders' }>): Promise<void> {
    const workbench = this.#workbench;
    const now = new Date().toISOString();
    const files: Record<string, Blob> = {};
    let source: ProjectSource;
    if ('file' in event.source) {
      const fileId = newId();
      const file = event.source.file;
      files[fileId] = file;
      source = { kind: 'file', file: { fileId, name: file.name, size: file.size, type: file.type } };
    } else {
      source = { kind: 'sample', sample: event.source.sample, name: event.fileName };
    }
    const current = this.list.find((record) => record.id === this.currentId);
    // Reloading a ?sample= URL should not pile up copies: an untouched project of the same sample is reused.
    const sample = source.kind === 'sample' ? source.sample : null;
    const reuse = sample ? this.list.find((record) => record.source.kind === 'sample' && record.source.sample === sample && record.createdAt === record.updatedAt) : undefined;
    const settings = $state.snapshot(workbench.settings) as Settings;
    const scenarios = $state.snapshot(workbench.scenarios.list) as NamedScenario[];
    const record: ProjectRecord = {
      id: reuse?.id ?? newId(),
      name: event.fileName,
      createdAt: reuse?.createdAt ?? now,
      updatedAt: reuse?.updatedAt ?? now,
      source,
      // The workbench keeps a loaded customer table across a new transactions file, so the project keeps it too.
      attributes: workbench.attributes && sample !== 'b2b' ? (current?.attributes ?? null) : null,
      settings,
      scenarios,
    };
    await putProject(record, files);
    this.currentId = record.id;
    this.#saved = savedForm(settings, scenarios);
    rememberLastProject(record.id);
    await this.refresh();
  }

  async #storeAttributes(event: Extract<ImportEvent, { kind: 'attributes' }>): Promise<void> {
    const file = event.file;
    if (!file || !this.currentId) return; // the B2B sample makes its own table
    const fileId = newId();
    const attributes = { file: { fileId, name: file.name, size: file.size, type: file.type }, mapping: event.mapping, read: event.read };
    await this.#update(this.currentId, (record) => ({ ...record, attributes }), { [fileId]: file });
  }

  async #save(id: string, settings: Settings, scenarios: NamedScenario[]): Promise<void> {
    const form = savedForm(settings, scenarios);
    if (form === this.#saved || id !== this.currentId) return;
    this.#saved = form;
    await this.#update(id, (record) => ({ ...record, settings, scenarios }));
  }

  async #update(id: string, change: (record: ProjectRecord) => ProjectRecord, files: Record<string, Blob> = {}): Promise<void> {
    try {
      const record = await getProject(id);
      if (!record) return;
      const next = change(record);
      if (next !== record) await putProject({ ...next, updatedAt: new Date().toISOString() }, files);
    } catch (cause) {
      this.#error('projects.error.storage', cause);
    }
    await this.refresh();
  }

  #error(key: string, cause: unknown): void {
    this.notice = { key, params: { detail: messageOf(cause) }, tone: 'error' };
  }
}

function messageOf(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}
