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

  /** Saves a copy of `settings` under `name`; returns the new scenario's id. */
  add(name: string, settings: Settings): string {
    // Ids only need to be unique within the list: one past the highest number in use.
    const used = this.list.map((scenario) => Number(/^scenario-(\d+)$/.exec(scenario.id)?.[1] ?? 0));
    const id = `scenario-${Math.max(0, ...used) + 1}`;
    this.list.push({ id, name: name.trim(), settings: $state.snapshot(settings) as Settings });
    return id;
  }

  rename(id: string, name: string): void {
    const scenario = this.find(id);
    if (scenario && name.trim()) scenario.name = name.trim();
  }

  /** Replaces a scenario's rules with `settings` (save the current rules over it). */
  update(id: string, settings: Settings): void {
    const scenario = this.find(id);
    if (scenario) scenario.settings = $state.snapshot(settings) as Settings;
  }

  remove(id: string): void {
    this.list = this.list.filter((scenario) => scenario.id !== id);
  }

  find(id: string): NamedScenario | undefined {
    return this.list.find((scenario) => scenario.id === id);
  }
}
