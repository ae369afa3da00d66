import { describe, expect, it } from 'vitest';
import { metricsFromRows } from '../../../src/lib/domain/customer-metrics';
import { computeRfm } from '../../../src/lib/domain/rfm';
import { DEFAULT_SEGMENT_RULES } from '../../../src/lib/domain/segments';
import { customersCsv, DEFINITION_COLUMNS } from '../../../src/lib/export/customers-csv';
import { defaultSettings } from '../../../src/lib/state/settings';
import { migrateSettings } from '../../../src/lib/state/settings-file';

describe('definitions in the settings', () => {
  it('a fresh session scores orders and the total', () => {
    expect(defaultSettings().definitions).toEqual({ frequency: 'orders', monetary: 'total' });
  });

  it('settings written before the switch open with the default definitions', () => {
    const old: Record<string, unknown> = { ...defaultSettings() };
    delete old.definitions;
    const check = migrateSettings(old, 1);
    expect(check.ok && check.settings.definitions).toEqual({ frequency: 'orders', monetary: 'total' });
  });

  it('a chosen definition survives the settings file', () => {
    const check = migrateSettings({ ...defaultSettings(), definitions: { frequency: 'days', monetary: 'average' } }, 1);
    expect(check.ok && check.settings.definitions).toEqual({ frequency: 'days', monetary: 'average' });
  });
});

describe('customers.csv definition columns', () => {
  // Two customers: 3 orders on 2 days for 10.01 net (3.34 per order: 333.67 cents rounds up); 2 orders, one day, −0.05 net.
  const metrics = metricsFromRows([
    { id: 'a', firstDay: 10, lastDay: 20, frequency: 3, monetaryCents: 1001, purchaseDays: 2 },
    { id: 'b', firstDay: 15, lastDay: 15, frequency: 2, monetaryCents: -5, purchaseDays: 1 },
  ]);
  const rfm = computeRfm(metrics, 30, DEFAULT_SEGMENT_RULES, undefined, { frequency: 'days', monetary: 'average' });
  const lines = (text: string) => text.trimEnd().split('\r\n');
  const value = { healthIndex: Float64Array.of(50, 40), tier: Uint16Array.of(0, 0), tierNames: ['All'] };

  it('keeps frequency and monetary as orders and total, and appends purchase days and the average per order', () => {
    const text = customersCsv(rfm, null, null, value, { purchaseDays: metrics.purchaseDays! });
    const [header, a, b] = lines(text);
    expect(header.split(',').slice(4, 6)).toEqual(['frequency', 'monetary']);
    expect(header.endsWith(',health_index,tier,purchase_days,average_order_value')).toBe(true);
    expect(DEFINITION_COLUMNS).toEqual(['purchase_days', 'average_order_value']);
    expect(a.split(',').slice(4, 6)).toEqual(['3', '10.01']);
    expect(a.endsWith(',50.0,All,2,3.34')).toBe(true);
    // −5 / 2 = −2.5 cents: halves away from zero → −3 cents.
    expect(b.endsWith(',40.0,All,1,-0.03')).toBe(true);
  });

  it('writes purchase days empty when they could not be counted, the average still', () => {
    expect(lines(customersCsv(rfm, null, null, value, { purchaseDays: null }))[1].endsWith(',All,,3.34')).toBe(true);
  });

  it('leaves the columns out unless asked (the earlier contract tests stay as they were)', () => {
    expect(lines(customersCsv(rfm, null, null, value))[0].endsWith(',health_index,tier')).toBe(true);
  });
});
