import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ProjectRecord } from '../../../src/lib/storage';
import { defaultSettings, type Settings } from '../../../src/lib/state/settings';
import { settingsFileText } from '../../../src/lib/state/settings-file';
import type { ImportEvent, Workbench } from '../../../src/lib/state/workbench.svelte';

// Browser storage replaced by maps, so the Projects flow can be followed in Node.
const store = vi.hoisted(() => ({ projects: new Map<string, unknown>(), files: new Map<string, Blob>(), last: null as string | null }));
vi.mock('../../../src/lib/storage', async (importOriginal) => ({
  ...(await importOriginal<object>()),
  listProjects: async () => [...store.projects.values()].map((record) => structuredClone(record)),
  getProject: async (id: string) => structuredClone(store.projects.get(id)),
  putProject: async (record: { id: string }, files: Record<string, Blob> = {}) => {
    for (const [id, blob] of Object.entries(files)) store.files.set(id, blob);
    store.projects.set(record.id, structuredClone(record));
  },
  deleteProject: async (id: string) => void store.projects.delete(id),
  readStoredFile: async (id: string) => store.files.get(id),
  lastProjectId: () => store.last,
  rememberLastProject: (id: string | null) => void (store.last = id),
  deleteAllLocalData: async () => {
    store.projects.clear();
    store.files.clear();
    store.last = null;
  },
}));

const { Projects, AUTOSAVE_MS } = await import('../../../src/lib/state/projects.svelte');

/** The parts of the workbench Projects uses, as plain data and spies. */
function fakeWorkbench() {
  const workbench = {
    settings: defaultSettings(),
    scenarios: { list: [] as unknown[] },
    dataset: null as object | null,
    attributes: null,
    phase: 'idle',
    error: null as { key: string; params?: Record<string, string | number> } | null,
    onImport: null as ((event: ImportEvent) => void) | null,
    preferredMapping: null as unknown,
    history: { reset: vi.fn() },
    applySettings: vi.fn(async (next: Settings) => {
      workbench.settings = { ...structuredClone(next), mapping: workbench.settings.mapping, read: workbench.settings.read };
    }),
    cancel: vi.fn(() => {
      workbench.phase = 'idle';
      workbench.error = null;
    }),
    openSample: vi.fn(async () => {
      workbench.dataset = {};
      workbench.phase = 'idle';
    }),
  };
  return workbench;
}

const flush = () => vi.advanceTimersByTimeAsync(0);
const records = () => [...store.projects.values()] as ProjectRecord[];

describe('Projects', () => {
  let workbench: ReturnType<typeof fakeWorkbench>;
  let projects: InstanceType<typeof Projects>;
  beforeEach(() => {
    vi.useFakeTimers({ now: new Date('2026-11-23T10:00:00Z') });
    store.projects.clear();
    store.files.clear();
    store.last = null;
    workbench = fakeWorkbench();
    projects = new Projects(workbench as unknown as Workbench);
  });
  afterEach(() => vi.useRealTimers());

  it('an imported file becomes the current project, named after it and holding its bytes', async () => {
    const file = new File(['customer,date,amount\n1,2024-01-01,5\n'], 'orders.csv', { type: 'text/csv' });
    workbench.onImport!({ kind: 'orders', source: { file }, fileName: 'orders.csv' });
    await flush();
    const [record] = records();
    expect(record).toMatchObject({ name: 'orders.csv', source: { kind: 'file', file: { name: 'orders.csv', size: file.size, type: 'text/csv' } }, attributes: null });
    expect(await store.files.get((record.source as { file: { fileId: string } }).file.fileId)!.text()).toBe('customer,date,amount\n1,2024-01-01,5\n');
    expect(projects.currentId).toBe(record.id);
    expect(store.last).toBe(record.id);
  });

  it('saves rule edits once they pause, and never while a file is loading', async () => {
    workbench.onImport!({ kind: 'orders', source: { sample: 'rfm' }, fileName: 'rfm_data_orders.csv' });
    await flush();
    const edited = { ...defaultSettings(), asOfDay: 13_330 };
    projects.changed(edited, []);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS - 1);
    expect((records()[0].settings as Settings).asOfDay).toBeNull();
    await vi.advanceTimersByTimeAsync(1);
    expect((records()[0].settings as Settings).asOfDay).toBe(13_330);

    workbench.phase = 'loading'; // another file's mapping is already in the settings
    projects.changed({ ...edited, asOfDay: 99 }, []);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS * 3);
    expect((records()[0].settings as Settings).asOfDay).toBe(13_330);
  });

  it('reloading a ?sample= link reuses the untouched project of that sample; an edited one is kept', async () => {
    const loadSample = async () => {
      workbench.onImport!({ kind: 'orders', source: { sample: 'cdnow' }, fileName: 'cdnow_master.csv' });
      await flush();
    };
    await loadSample();
    await loadSample();
    expect(records()).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(60_000);
    projects.changed({ ...defaultSettings(), asOfDay: 10_000 }, []);
    await vi.advanceTimersByTimeAsync(AUTOSAVE_MS);
    await loadSample();
    expect(records().map((record) => (record.settings as Settings).asOfDay).sort()).toEqual([10_000, null]);
  });

  it('a settings file read before any data pre-fills the mapping and is applied again after the import', async () => {
    const scenario = { ...defaultSettings(), mapping: { customer_id: 'id', order_date: 'day', amount: 'total' }, asOfDay: 10_227 };
    expect(await projects.importSettingsFile('class.json', settingsFileText(scenario))).toBe(true);
    expect(projects.notice).toEqual({ key: 'projects.settings_pending', params: { file: 'class.json', filled: 0 }, tone: 'info' });
    expect(workbench.preferredMapping).toEqual({ mapping: scenario.mapping, read: scenario.read });
    expect(workbench.applySettings).toHaveBeenCalledTimes(1);
    workbench.settings.asOfDay = null; // what an import does
    workbench.onImport!({ kind: 'orders', source: { sample: 'rfm' }, fileName: 'rfm_data_orders.csv' });
    await flush();
    expect(workbench.applySettings).toHaveBeenCalledTimes(2);
    expect((records()[0].settings as Settings).asOfDay).toBe(10_227);
  });

  it('an incompatible settings file changes nothing and says why', async () => {
    const newer = JSON.stringify({ kind: 'stratify-settings', version: 9, settings: {} });
    expect(await projects.importSettingsFile('newer.json', newer)).toBe(false);
    expect(projects.notice).toEqual({ key: 'settings_file.newer_version', params: { version: 9, supported: 1 }, tone: 'error' });
    expect(workbench.applySettings).not.toHaveBeenCalled();
    expect(workbench.preferredMapping).toBeNull();
  });

  it('a project that cannot be restored shows why, leaves the app empty and is not retried', async () => {
    store.last = 'gone';
    await projects.restoreLast();
    expect(workbench.cancel).toHaveBeenCalled();
    expect(workbench.error).toEqual({ key: 'projects.restore_failed', params: { name: '?', detail: 'it is no longer stored in this browser.' } });
    expect(store.last).toBeNull();
    expect(projects.currentId).toBeNull();
    expect(projects.restoring).toBeNull();
  });

  it('restores a sample project: its rules, its readable scenarios, and a fresh undo history', async () => {
    const settings = { ...defaultSettings(), asOfDay: 13_000 };
    const record: ProjectRecord = {
      id: 'p1',
      name: 'Workshop',
      createdAt: '2026-11-20T10:00:00.000Z',
      updatedAt: '2026-11-21T10:00:00.000Z',
      source: { kind: 'sample', sample: 'rfm', name: 'rfm_data_orders.csv' },
      attributes: null,
      settings,
      scenarios: [{ id: 's1', name: 'Strict', settings }, { id: 's2', name: 'Broken', settings: { ...settings, segmentRules: 'none' } }],
    };
    store.projects.set('p1', record);
    store.last = 'p1';
    await projects.restoreLast();
    expect(workbench.openSample).toHaveBeenCalledWith('rfm');
    expect(workbench.applySettings).toHaveBeenCalledWith(settings);
    expect(workbench.scenarios.list).toEqual([{ id: 's1', name: 'Strict', settings }]);
    expect(workbench.history.reset).toHaveBeenCalled();
    expect(projects.currentId).toBe('p1');
    expect(workbench.error).toBeNull();
  });
});
