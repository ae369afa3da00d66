import { t } from '../i18n';
import { readStoredFile, type ProjectRecord, type StoredFileRef } from '../storage';
import type { AttributeMapping } from '../domain/attribute-detection';
import type { AttributeReadOptions } from '../domain/attribute-rows';
import type { NamedScenario } from './scenarios.svelte';
import { migrateSettings } from './settings-file';
import { SAMPLE_NAMES, type Notice, type SampleName, type Workbench } from './workbench.svelte';

/** A project that could not be opened, with the message to show. */
export class ProjectError extends Error {
  constructor(readonly notice: Notice) {
    super(notice.key);
  }
}

/**
 * Loads a stored project into the workbench: the transactions file read again and imported with the
 * stored mapping (no asking), the customer table likewise, then the rules and scenarios. Throws a
 * ProjectError at the first step that fails; the workbench keeps what it showed before.
 */
export async function loadProject(workbench: Workbench, record: ProjectRecord): Promise<void> {
  const checked = migrateSettings(record.settings);
  if (!checked.ok) throw new ProjectError(checked.error);
  const settings = checked.settings;
  if (record.source.kind === 'sample') {
    if (!SAMPLE_NAMES.includes(record.source.sample as SampleName)) throw new ProjectError({ key: 'projects.error.file_missing' });
    await workbench.openSample(record.source.sample as SampleName);
  } else {
    await workbench.openFile(await storedFile(record.source.file));
    expectMapping(workbench);
    workbench.draftMapping = { ...settings.mapping };
    workbench.draftRead = { ...settings.read };
    await workbench.confirmImport();
  }
  expectLoaded(workbench);
  if (record.attributes) {
    await workbench.openAttributesFile(await storedFile(record.attributes.file));
    expectMapping(workbench);
    workbench.draftAttributeMapping = { ...(record.attributes.mapping as AttributeMapping) };
    workbench.draftAttributeRead = { ...(record.attributes.read as AttributeReadOptions) };
    await workbench.confirmImport();
    expectLoaded(workbench);
  } else if (!(record.source.kind === 'sample' && record.source.sample === 'b2b')) {
    workbench.attributes = null; // a customer table of the project shown before does not belong to this one
  }
  await workbench.applySettings(settings);
  workbench.scenarios.list = scenariosOf(record.scenarios);
  workbench.history.reset();
}

/** The stored scenarios that still read as settings; a damaged one is left out rather than failing the project. */
export function scenariosOf(stored: unknown[]): NamedScenario[] {
  return stored.flatMap((entry) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { id, name, settings } = entry as Record<string, unknown>;
    const checked = migrateSettings(settings);
    return typeof id === 'string' && typeof name === 'string' && checked.ok ? [{ id, name, settings: checked.settings }] : [];
  });
}

async function storedFile(ref: StoredFileRef): Promise<File> {
  const blob = await readStoredFile(ref.fileId);
  if (!blob) throw new ProjectError({ key: 'projects.error.file_missing' });
  return new File([blob], ref.name, { type: ref.type });
}

function expectMapping(workbench: Workbench): void {
  if (workbench.phase !== 'mapping' || !workbench.opened) throw new ProjectError(failure(workbench));
}

function expectLoaded(workbench: Workbench): void {
  if (workbench.error || workbench.phase !== 'idle' || !workbench.dataset) throw new ProjectError(failure(workbench));
}

/** What the workbench said went wrong, as the detail of a restore error. */
function failure(workbench: Workbench): Notice {
  // Back to rest with no error: the person pressed Cancel while the file was read again.
  if (!workbench.error && workbench.phase === 'idle') return { key: 'projects.error.cancelled' };
  const detail = workbench.error ? t(workbench.error.key, workbench.error.params) : t('projects.error.mapping_changed');
  return { key: 'projects.error.import', params: { detail } };
}
