import { getContext, setContext } from 'svelte';
import type { Projects } from './projects.svelte';

const KEY = Symbol('projects');

/** Makes the saved projects available to every view below the caller. */
export function setProjectsContext(projects: Projects): Projects {
  return setContext(KEY, projects);
}

/** The saved projects set by an ancestor; throws when there is none (a wiring mistake). */
export function getProjectsContext(): Projects {
  const projects = getContext<Projects | undefined>(KEY);
  if (!projects) throw new Error('getProjectsContext() needs setProjectsContext() in an ancestor');
  return projects;
}
