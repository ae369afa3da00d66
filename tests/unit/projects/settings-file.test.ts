import { describe, expect, it } from 'vitest';
import { defaultSettings, type Settings } from '../../../src/lib/state/settings';
import { mappingFitsColumns, migrateSettings, parseSettingsFile, settingsFileText } from '../../../src/lib/state/settings-file';

/** Settings a trainer might hand out: a mapping, an as-of date, fixed cut points, one edited rule, K and seed. */
function workshopSettings(): Settings {
  const settings = defaultSettings();
  settings.mapping = { customer_id: 'customer', order_date: 'date', amount: 'amount' };
  settings.read = { dateOrder: 'DMY', decimal: ',', removeDuplicates: true };
  settings.asOfDay = 10_227; // 1998-01-01
  settings.scoreMethod = { kind: 'fixed', cuts: { recency: [30, 90, 180, 365], frequency: [2, 3, 5, 8], monetary: [20, 50, 100, 250] } };
  settings.segmentRules[0] = { name: 'Champions', r: [4, 5], f: [4, 5], m: [4, 5] };
  settings.clustering.k = 4;
  settings.clustering.seed = 7;
  settings.clustering.overrides = [{ customerId: '00042', label: 'VIP' }];
  settings.clustering.audit = [{ at: '2026-01-01T00:00:00Z', action: 'override_set', detail: '00042 → VIP', customers: 1 }];
  return settings;
}

const wrap = (settings: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ kind: 'stratify-settings', version: 1, settings, ...extra });

describe('settings file: export and import', () => {
  it('round-trips every rule choice and leaves customer ids out', () => {
    const settings = workshopSettings();
    const text = settingsFileText(settings, new Date('2026-11-23T12:00:00Z'));
    const json = JSON.parse(text);
    expect(json).toMatchObject({ kind: 'stratify-settings', version: 1, exportedAt: '2026-11-23T12:00:00.000Z' });
    expect(text).not.toContain('00042');
    const parsed = parseSettingsFile(text);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const expected = structuredClone(settings);
    expected.clustering.overrides = [];
    expected.clustering.audit = [];
    expect(parsed.settings).toEqual(expected);
    expect(parsed.filled).toEqual([]);
  });

  it('reads a file with a byte order mark (saved by a Windows editor)', () => {
    expect(parseSettingsFile(`\uFEFF${wrap(defaultSettings())}`).ok).toBe(true);
  });

  it('fills fields an older file lacks with the defaults, and says which', () => {
    const old = workshopSettings() as unknown as Record<string, unknown>;
    delete old.lifecycle;
    delete old.strategy;
    delete (old.clustering as Record<string, unknown>).nInit;
    const parsed = parseSettingsFile(wrap(old));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    const defaults = defaultSettings();
    expect(parsed.settings.lifecycle).toEqual(defaults.lifecycle);
    expect(parsed.settings.strategy).toEqual(defaults.strategy);
    expect(parsed.settings.clustering.nInit).toBe(10);
    expect(parsed.settings.clustering.k).toBe(4); // what the file did say stays
    expect(parsed.settings.asOfDay).toBe(10_227);
    expect(parsed.filled.sort()).toEqual(['clustering.nInit', 'lifecycle', 'strategy']);
  });

  it.each([
    { name: 'not JSON', text: 'customer,date\n1,2024-01-01', key: 'settings_file.not_json', params: undefined },
    { name: 'JSON without a kind', text: '[1,2,3]', key: 'settings_file.not_settings', params: undefined },
    { name: 'another kind of JSON file', text: JSON.stringify({ kind: 'stratify-project', version: 1 }), key: 'settings_file.wrong_kind', params: { kind: 'stratify-project' } },
    { name: 'a newer format', text: JSON.stringify({ kind: 'stratify-settings', version: 2, settings: {} }), key: 'settings_file.newer_version', params: { version: 2, supported: 1 } },
    { name: 'a version that is not a number', text: JSON.stringify({ kind: 'stratify-settings', version: 'one', settings: {} }), key: 'settings_file.broken_field', params: { field: 'version' } },
    { name: 'settings missing', text: JSON.stringify({ kind: 'stratify-settings', version: 1 }), key: 'settings_file.broken_field', params: { field: 'settings' } },
    { name: 'rules not a list', text: wrap({ ...defaultSettings(), segmentRules: 'Champions' }), key: 'settings_file.broken_field', params: { field: 'segmentRules' } },
    { name: 'a score of 6 in a rule', text: wrap({ ...defaultSettings(), segmentRules: [{ name: 'Top', r: [5, 6], f: [1, 5], m: [1, 5] }] }), key: 'settings_file.broken_field', params: { field: 'segmentRules[0]' } },
    { name: 'an unknown score method', text: wrap({ ...defaultSettings(), scoreMethod: { kind: 'deciles' } }), key: 'settings_file.broken_field', params: { field: 'scoreMethod' } },
    { name: 'three fixed cut points', text: wrap({ ...defaultSettings(), scoreMethod: { kind: 'fixed', cuts: { recency: [1, 2, 3], frequency: [1, 2, 3, 4], monetary: [1, 2, 3, 4] } } }), key: 'settings_file.broken_field', params: { field: 'scoreMethod' } },
    { name: 'an as-of date as text', text: wrap({ ...defaultSettings(), asOfDay: '1998-01-01' }), key: 'settings_file.broken_field', params: { field: 'asOfDay' } },
    { name: 'a seed as text', text: wrap({ ...defaultSettings(), clustering: { ...defaultSettings().clustering, seed: 'abc' } }), key: 'settings_file.broken_field', params: { field: 'clustering.seed' } },
    { name: 'a K of 2.5', text: wrap({ ...defaultSettings(), clustering: { ...defaultSettings().clustering, k: 2.5 } }), key: 'settings_file.broken_field', params: { field: 'clustering.k' } },
  ])('refuses $name with its own message', ({ text, key, params }) => {
    const parsed = parseSettingsFile(text);
    expect(parsed).toEqual({ ok: false, error: params ? { key, params } : { key } });
  });

  it('migrateSettings refuses stored settings of a newer format', () => {
    expect(migrateSettings({ ...defaultSettings(), version: 3 })).toEqual({ ok: false, error: { key: 'settings_file.newer_version', params: { version: 3, supported: 1 } } });
    expect(migrateSettings(defaultSettings())).toEqual({ ok: true, settings: defaultSettings(), filled: [] });
  });
});

describe('mappingFitsColumns', () => {
  it.each([
    { name: 'every named column is there', columns: ['customer', 'date', 'amount', 'extra'], fits: true },
    { name: 'a column is missing', columns: ['customer', 'date', 'total'], fits: false },
    { name: 'no columns at all', columns: [], fits: false },
  ])('$name', ({ columns, fits }) => {
    expect(mappingFitsColumns({ customer_id: 'customer', order_date: 'date', amount: 'amount' }, columns)).toBe(fits);
  });

  it('an empty mapping fits nothing (nothing to pre-fill)', () => {
    expect(mappingFitsColumns({}, ['a'])).toBe(false);
  });
});
