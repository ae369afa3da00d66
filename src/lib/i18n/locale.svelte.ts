import { en } from './en';

/** Languages of the interface; every dictionary has the keys of `en`. */
export const dictionaries = { en } as const;
export type Locale = keyof typeof dictionaries;

/** The interface language, reactive so every `t()` in a template follows a switch. */
export const locale = $state<{ current: Locale }>({ current: 'en' });
