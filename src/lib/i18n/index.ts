import { dictionaries, locale } from './locale.svelte';

export { LOCALES, locale, setLocale, type Locale } from './locale.svelte';

/**
 * The text for `key` in the current language, with `{name}` placeholders filled from `params`.
 * A missing key shows itself, so a forgotten string is visible instead of blank.
 */
export function t(key: string, params?: Record<string, string | number>): string {
  const dictionary: Record<string, string> = dictionaries[locale.current];
  const text = dictionary[key] ?? dictionaries.en[key] ?? key;
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}
