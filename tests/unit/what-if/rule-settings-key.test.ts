import { describe, expect, it } from 'vitest';
import { ruleSettingsKey } from '../../../src/lib/domain/what-if';
import { defaultSettings } from '../../../src/lib/state/settings';

describe('rule settings key', () => {
  it('ignores the mapping and read options of the loaded file', () => {
    const a = defaultSettings();
    const b = defaultSettings();
    b.mapping = { customer_id: 'id', order_date: 'date' };
    b.read.decimal = ',';
    expect(ruleSettingsKey(b)).toBe(ruleSettingsKey(a));
    expect(ruleSettingsKey(a)).not.toContain('"mapping"');
  });

  it('differs when a rule differs, including nested fields named like the data fields', () => {
    const a = defaultSettings();
    const b = defaultSettings();
    b.segmentRules[0].r = [4, 5];
    expect(ruleSettingsKey(b)).not.toBe(ruleSettingsKey(a));
    expect(ruleSettingsKey({ nested: { read: 1 } })).toBe('{"nested":{"read":1}}');
    const c = defaultSettings();
    c.asOfDay = 100;
    expect(ruleSettingsKey(c)).not.toBe(ruleSettingsKey(a));
  });
});
