import { RFM_METRICS, SCORE_METHOD_KINDS, type ScoreMethod } from '../domain/score-methods';
import type { SegmentRule } from '../domain/segments';
import { defaultSettings, type Settings } from './settings';
import { fillFromDefaults } from './settings-file-shape';
import type { Notice } from './workbench.svelte';

/**
 * The settings (scenario) file: every rule choice as JSON, no customer data, so a trainer can hand it
 * out and every participant gets the same numbers on the same file. Stored projects go through the same
 * check, so an older project opens the way an older file does.
 */
export const SETTINGS_FILE_KIND = 'stratify-settings';
/** The newest settings format this build reads and writes (Settings.version). */
export const SETTINGS_FILE_VERSION = 1;

export interface SettingsFile {
  kind: typeof SETTINGS_FILE_KIND;
  version: number;
  exportedAt: string;
  settings: Settings;
}

export type SettingsCheck = { ok: true; settings: Settings; filled: string[] } | { ok: false; error: Notice };

/**
 * The file's text. Hand overrides and the audit list are left out: they name customers, and they
 * belong to one data file, not to the rules.
 */
export function settingsFileText(settings: Settings, exportedAt: Date = new Date()): string {
  const copy = structuredClone(settings);
  copy.clustering.overrides = [];
  copy.clustering.audit = [];
  const file: SettingsFile = { kind: SETTINGS_FILE_KIND, version: SETTINGS_FILE_VERSION, exportedAt: exportedAt.toISOString(), settings: copy };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** Reads a settings file: not JSON, another kind of file, a newer format or a broken field each give their own error. */
export function parseSettingsFile(text: string): SettingsCheck {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return fail('settings_file.not_json');
  }
  if (!isObject(json) || !('kind' in json)) return fail('settings_file.not_settings');
  if (json.kind !== SETTINGS_FILE_KIND) return fail('settings_file.wrong_kind', { kind: String(json.kind).slice(0, 60) });
  if (typeof json.version !== 'number' || !Number.isInteger(json.version) || json.version < 1) return broken('version');
  return migrateSettings(json.settings, json.version);
}

/**
 * Brings settings written in format `version` up to this build's: refuses a newer format, fills the
 * fields an older one lacks with defaults, and checks the fields the results depend on.
 * (A future format change adds its step here, from version n to n + 1.)
 */
export function migrateSettings(raw: unknown, version: number = isObject(raw) && typeof raw.version === 'number' ? raw.version : SETTINGS_FILE_VERSION): SettingsCheck {
  if (version > SETTINGS_FILE_VERSION) return fail('settings_file.newer_version', { version, supported: SETTINGS_FILE_VERSION });
  if (!isObject(raw)) return broken('settings');
  const filled: string[] = [];
  const shaped = fillFromDefaults(raw, defaultSettings(), '', filled);
  if (!shaped.ok) return broken(shaped.path);
  const settings = { ...(shaped.value as Settings), version: SETTINGS_FILE_VERSION } as Settings;
  const field = brokenField(settings);
  return field ? broken(field) : { ok: true, settings, filled: filled.filter((path) => path !== 'version') };
}

/** The first field whose value the results cannot use, or null. */
function brokenField(settings: Settings): string | null {
  if (settings.asOfDay !== null && !Number.isInteger(settings.asOfDay)) return 'asOfDay';
  if (Object.values(settings.mapping).some((column) => typeof column !== 'string')) return 'mapping';
  if (!scoreMethodOk(settings.scoreMethod)) return 'scoreMethod';
  const rule = settings.segmentRules.findIndex((candidate) => !segmentRuleOk(candidate));
  if (rule >= 0) return `segmentRules[${rule}]`;
  const { k, kMin, kMax, seed } = settings.clustering;
  if (![kMin, kMax, seed].every(Number.isInteger) || kMin > kMax) return 'clustering';
  if (k !== null && !Number.isInteger(k)) return 'clustering.k';
  if (settings.value.schemes.length === 0) return 'value.schemes';
  return null;
}

function scoreMethodOk(method: ScoreMethod): boolean {
  if (!SCORE_METHOD_KINDS.includes(method.kind)) return false;
  if (method.kind !== 'fixed') return true;
  return isObject(method.cuts) && RFM_METRICS.every((metric) => Array.isArray(method.cuts[metric]) && method.cuts[metric].length === 4 && method.cuts[metric].every(Number.isFinite));
}

const isScore = (value: unknown) => Number.isInteger(value) && (value as number) >= 1 && (value as number) <= 5;
function segmentRuleOk(rule: SegmentRule): boolean {
  if (!isObject(rule) || typeof rule.name !== 'string' || rule.name.trim() === '') return false;
  return [rule.r, rule.f, rule.m].every((range) => Array.isArray(range) && range.length === 2 && isScore(range[0]) && isScore(range[1]) && range[0] <= range[1]);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(key: string, params?: Record<string, string | number>): SettingsCheck {
  return { ok: false, error: params ? { key, params } : { key } };
}

function broken(field: string): SettingsCheck {
  return fail('settings_file.broken_field', { field });
}

/** True when every column the mapping names is among `columns`: then a scenario's mapping fits the opened file. */
export function mappingFitsColumns(mapping: Settings['mapping'], columns: readonly string[]): boolean {
  const named = Object.values(mapping).filter((column): column is string => typeof column === 'string' && column !== '');
  return named.length > 0 && named.every((column) => columns.includes(column));
}
