import { describe, expect, it } from 'vitest';
import { initialLocale } from '../../../src/lib/i18n/locale.svelte';

describe('initialLocale', () => {
  it.each([
    { name: 'a remembered choice wins over the browser', stored: 'en', languages: ['zh-CN'], expected: 'en' },
    { name: 'first visit with a Chinese browser', stored: null, languages: ['zh-TW', 'en'], expected: 'zh-CN' },
    { name: 'first visit with another browser language', stored: null, languages: ['de-DE', 'en'], expected: 'en' },
    { name: 'an unknown stored value is ignored', stored: 'fr', languages: ['zh'], expected: 'zh-CN' },
    { name: 'no browser languages at all', stored: null, languages: [], expected: 'en' },
  ])('$name', ({ stored, languages, expected }) => {
    expect(initialLocale(stored, languages)).toBe(expected);
  });
});
