import { locale, type Locale } from './locale.svelte';
import { zhCNNames } from './names-zh-CN';

const tables: Record<Locale, Readonly<Record<string, string>>> = { en: {}, 'zh-CN': zhCNNames };

/**
 * A stored segment, tier or scheme name as shown in the interface language. Only the names the
 * app ships are translated; a name the user typed or renamed is not in the table and stays as typed.
 * Display only: exports and settings keep the stored name.
 */
export function displayName(name: string, language: Locale = locale.current): string {
  return Object.hasOwn(tables[language], name) ? tables[language][name] : name;
}
