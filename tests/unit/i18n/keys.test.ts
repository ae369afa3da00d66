import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { t } from '../../../src/lib/i18n';
import { en } from '../../../src/lib/i18n/en';

const root = join(import.meta.dirname, '../../../src');
const files = (folder: string): string[] =>
  readdirSync(folder).flatMap((name) => {
    const full = join(folder, name);
    return statSync(full).isDirectory() ? files(full) : /\.(svelte|ts)$/.test(name) ? [full] : [];
  });
// Keys written literally in t('…') calls and in `key: '…'` / `label: '…'` entries that feed t().
const usedKeys = new Set(
  files(root)
    .filter((file) => !file.includes('/i18n/'))
    .flatMap((file) => [...readFileSync(file, 'utf8').matchAll(/\bt\(\s*['"]([a-z_]+(?:\.[a-z_0-9]+)+)['"]/g)].map((match) => match[1])),
);
const dictionary: Record<string, string> = en;

describe('interface strings', () => {
  it('finds the keys used in the source', () => {
    expect(usedKeys.size).toBeGreaterThan(50);
  });

  it.each([...usedKeys].map((key) => ({ key })))('$key has English text', ({ key }) => {
    expect(dictionary[key]).toBeTruthy();
  });

  it('placeholders are well formed', () => {
    for (const text of Object.values(dictionary)) expect(text.replace(/\{\w+\}/g, '')).not.toMatch(/[{}]/);
  });

  it('fills placeholders and shows a missing key as itself', () => {
    expect(t('mapping.title', { file: 'a.csv' })).toBe('Check the columns of a.csv');
    expect(t('no.such.key')).toBe('no.such.key');
  });
});
