import { getContext, setContext } from 'svelte';
import type { Workbench } from './workbench.svelte';

const KEY = Symbol('workbench');

/** Makes the workbench available to every view below the caller. */
export function setWorkbenchContext(workbench: Workbench): Workbench {
  return setContext(KEY, workbench);
}

/** The workbench set by an ancestor; throws when there is none (a wiring mistake, not a user error). */
export function getWorkbenchContext(): Workbench {
  const workbench = getContext<Workbench | undefined>(KEY);
  if (!workbench) throw new Error('getWorkbenchContext() needs setWorkbenchContext() in an ancestor');
  return workbench;
}
