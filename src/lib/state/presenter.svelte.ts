import { maskId } from '../domain/mask-id';

const STORAGE_KEY = 'stratify.presenter';

/** The remembered choice: on only when it was switched on last time. */
export const presenterFromStorage = (stored: string | null): boolean => stored === 'on';

function stored(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null; // storage can be blocked; presenter mode then starts off
  }
}

/**
 * Presenter mode for a room: larger type, customer ids masked on screen, one view at a time.
 * Module state (like the interface language) so every list showing an id follows it without wiring.
 */
export const presenter = $state<{ on: boolean }>({ on: presenterFromStorage(stored()) });

/** Switches presenter mode and remembers it for the next visit. */
export function setPresenter(on: boolean): void {
  presenter.on = on;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, on ? 'on' : 'off');
  } catch {
    // not remembered; the switch itself still works
  }
}

/** A customer id as it may appear on screen now: masked in presenter mode. Exports never call this. */
export const shownId = (id: string): string => (presenter.on ? maskId(id) : id);
