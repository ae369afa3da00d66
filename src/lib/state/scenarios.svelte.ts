import type { Settings } from './settings';

/** A named set of rule choices the user can switch to and compare (no customer data). */
export interface NamedScenario {
  id: string;
  name: string;
  settings: Settings;
}

/** The scenarios of the open project. */
export class Scenarios {
  list = $state<NamedScenario[]>([]);
}
