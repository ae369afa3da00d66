import { en } from './en';
import { zhCN } from './zh-CN';

/** Languages of the interface; every dictionary has the keys of `en` (tests/unit/i18n). */
export const dictionaries: Record<'en' | 'zh-CN', Record<string, string>> = { en, 'zh-CN': zhCN };
export type Locale = keyof typeof dictionaries;
export const LOCALES: readonly Locale[] = ['en', 'zh-CN'];

const STORAGE_KEY = 'stratify.locale';

/** The remembered choice, else the browser's language (Chinese → zh-CN), else English. */
export function initialLocale(stored: string | null, browserLanguages: readonly string[]): Locale {
  if (stored === 'en' || stored === 'zh-CN') return stored;
  return browserLanguages.some((language) => language.toLowerCase().startsWith('zh')) ? 'zh-CN' : 'en';
}

function storedLocale(): string | null {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) ?? null;
  } catch {
    return null; // storage can be blocked; the browser language still applies
  }
}

/** The interface language, reactive so every `t()` in a template follows a switch. */
export const locale = $state<{ current: Locale }>({
  current: initialLocale(storedLocale(), globalThis.navigator?.languages ?? []),
});

/** Switches the language and remembers it for the next visit. */
export function setLocale(next: Locale): void {
  locale.current = next;
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, next);
  } catch {
    // not remembered; the switch itself still works
  }
}
