import { describe, expect, it } from 'vitest';
import { en } from '../../../src/lib/i18n/en';
import { enAttributes } from '../../../src/lib/i18n/en-attributes';
import { enCohorts } from '../../../src/lib/i18n/en-cohorts';
import { enCrosstab } from '../../../src/lib/i18n/en-crosstab';
import { enDefinitions } from '../../../src/lib/i18n/en-definitions';
import { enHealth } from '../../../src/lib/i18n/en-health';
import { enLifecycle } from '../../../src/lib/i18n/en-lifecycle';
import { enMigration } from '../../../src/lib/i18n/en-migration';
import { enOffline } from '../../../src/lib/i18n/en-offline';
import { enProfile } from '../../../src/lib/i18n/en-profile';
import { enRules } from '../../../src/lib/i18n/en-rules';
import { enStrategy } from '../../../src/lib/i18n/en-strategy';
import { enTiers } from '../../../src/lib/i18n/en-tiers';
import { enWarnings } from '../../../src/lib/i18n/en-warnings';
import { zhCN } from '../../../src/lib/i18n/zh-CN';
import { zhCNAttributes } from '../../../src/lib/i18n/zh-CN/attributes';
import { zhCNCohorts } from '../../../src/lib/i18n/zh-CN/cohorts';
import { zhCNCore } from '../../../src/lib/i18n/zh-CN/core';
import { zhCNCrosstab } from '../../../src/lib/i18n/zh-CN/crosstab';
import { zhCNDefinitions } from '../../../src/lib/i18n/zh-CN/definitions';
import { zhCNHealth } from '../../../src/lib/i18n/zh-CN/health';
import { zhCNLifecycle } from '../../../src/lib/i18n/zh-CN/lifecycle';
import { zhCNMigration } from '../../../src/lib/i18n/zh-CN/migration';
import { zhCNOffline } from '../../../src/lib/i18n/zh-CN/offline';
import { zhCNProfile } from '../../../src/lib/i18n/zh-CN/profile';
import { zhCNRules } from '../../../src/lib/i18n/zh-CN/rules';
import { zhCNStrategy } from '../../../src/lib/i18n/zh-CN/strategy';
import { zhCNTiers } from '../../../src/lib/i18n/zh-CN/tiers';
import { zhCNWarnings } from '../../../src/lib/i18n/zh-CN/warnings';

const english: Record<string, string> = en;
const placeholders = (text: string): string[] => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

// Each Chinese file mirrors one English file; core.ts holds the keys written directly in en.ts.
const featureFiles: [string, Record<string, string>, Record<string, string>][] = [
  ['attributes', zhCNAttributes, enAttributes],
  ['cohorts', zhCNCohorts, enCohorts],
  ['crosstab', zhCNCrosstab, enCrosstab],
  ['definitions', zhCNDefinitions, enDefinitions],
  ['health', zhCNHealth, enHealth],
  ['lifecycle', zhCNLifecycle, enLifecycle],
  ['migration', zhCNMigration, enMigration],
  ['offline', zhCNOffline, enOffline],
  ['profile', zhCNProfile, enProfile],
  ['rules', zhCNRules, enRules],
  ['strategy', zhCNStrategy, enStrategy],
  ['tiers', zhCNTiers, enTiers],
  ['warnings', zhCNWarnings, enWarnings],
];
const featureKeys = new Set(featureFiles.flatMap(([, , english]) => Object.keys(english)));
const enCore = Object.fromEntries(Object.entries(english).filter(([key]) => !featureKeys.has(key)));
const files: [string, Record<string, string>, Record<string, string>][] = [['core', zhCNCore, enCore], ...featureFiles];

// Words that stay as written in Chinese text: abbreviations, proper nouns, formula letters.
const keptWords = new Set(['R', 'F', 'M', 'K', 'RFM', 'NPS', 'KPI', 'PC', 'Q', 'log', 'x']);

describe('Simplified Chinese (zh-CN) dictionary', () => {
  it('has only keys that English has', () => {
    expect(Object.keys(zhCN).filter((key) => !(key in english))).toEqual([]);
  });

  it.each(files.map(([name, chinese, english]) => ({ name, chinese, english })))('zh-CN/$name.ts has only keys of its English file', ({ chinese, english }) => {
    expect(Object.keys(chinese).filter((key) => !(key in english))).toEqual([]);
  });

  it('keeps the set of {placeholders} of every English text', () => {
    const differ = Object.keys(zhCN)
      .filter((key) => key in english)
      .filter((key) => [...new Set(placeholders(zhCN[key]))].join() !== [...new Set(placeholders(english[key]))].join());
    expect(differ).toEqual([]);
  });

  it('uses each placeholder as often as the English text', () => {
    const differ = Object.keys(zhCN)
      .filter((key) => key in english)
      .filter((key) => placeholders(zhCN[key]).join() !== placeholders(english[key]).join());
    expect(differ).toEqual([]);
  });

  it('has no empty text', () => {
    expect(Object.keys(zhCN).filter((key) => zhCN[key].trim() === '')).toEqual([]);
  });

  it('leaves no text in English (only abbreviations and symbols may stay)', () => {
    const english = Object.entries(zhCN)
      .filter(([, text]) => !/[\u4e00-\u9fff]/.test(text))
      .filter(([, text]) => (text.replace(/\{\w+\}/g, '').match(/[A-Za-z]+/g) ?? []).some((word) => !keptWords.has(word)))
      .map(([key]) => key);
    expect(english).toEqual([]);
  });

  it('every English key has a Chinese text', () => {
    expect(Object.keys(english).filter((key) => !(key in zhCN))).toEqual([]);
  });
});
