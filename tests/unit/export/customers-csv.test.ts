import { describe, expect, it } from 'vitest';
import { metricsFromRows } from '../../../src/lib/domain/customer-metrics';
import { computeRfm } from '../../../src/lib/domain/rfm';
import { DEFAULT_SEGMENT_RULES } from '../../../src/lib/domain/segments';
import { customersCsv } from '../../../src/lib/export/customers-csv';

const day = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;
const rfm = computeRfm(
  metricsFromRows([
    { id: '00001', firstDay: day('1997-01-01'), lastDay: day('1997-01-01'), frequency: 1, monetaryCents: 1177 },
    { id: '=cmd', firstDay: day('1997-01-12'), lastDay: day('1998-06-30'), frequency: 2, monetaryCents: -4000 },
  ]),
  day('1998-07-01'),
  DEFAULT_SEGMENT_RULES,
);
const lines = (text: string) => text.trimEnd().split('\r\n');

describe('customersCsv', () => {
  it('writes the RFM contract columns, dates, two-decimal money and neutralized ids', () => {
    expect(lines(customersCsv(rfm))).toEqual([
      'customer_id,first_order,last_order,recency_days,frequency,monetary,r_score,f_score,m_score,rfm_cell,segment',
      '00001,1997-01-01,1997-01-01,546,1,11.77,1,1,3,113,Lost',
      "'=cmd,1997-01-12,1998-06-30,1,2,-40.00,3,3,1,331,About To Sleep",
    ]);
  });

  it('appends the clustering columns, numbering clusters from 1', () => {
    const text = customersCsv(rfm, { labels: Int32Array.of(1, 0), names: ['Lapsed', 'Active'], finalLabel: ['Active', 'VIP'], setBy: ['', 'manual'] });
    expect(lines(text)[0].endsWith(',segment,cluster,cluster_name,segment_final,override_rule')).toBe(true);
    expect(lines(text)[1].endsWith(',Lost,2,Active,Active,')).toBe(true);
    expect(lines(text)[2].endsWith(',About To Sleep,1,Lapsed,VIP,manual')).toBe(true);
  });

  it('keeps the clustering columns, empty, when clustering could not run', () => {
    expect(lines(customersCsv(rfm, null))[1].endsWith(',Lost,,,,')).toBe(true);
  });

  it('appends the lifecycle columns after the clustering ones: stage key and the usual-gap ratio (empty for one order date)', () => {
    const text = customersCsv(rfm, null, { stages: Uint8Array.of(0, 1), usualRatio: Float64Array.of(NaN, 134 / 41) });
    expect(lines(text)[0].endsWith(',override_rule,lifecycle_stage,days_since_last_order_vs_usual')).toBe(true);
    expect(lines(text)[1].endsWith(',Lost,,,,,churned,')).toBe(true);
    expect(lines(text)[2].endsWith(',About To Sleep,,,,,churn_warning,3.27')).toBe(true);
  });

  it('keeps the lifecycle columns, empty, when the lifecycle could not be computed', () => {
    expect(lines(customersCsv(rfm, null, null))[1].endsWith(',Lost,,,,,,')).toBe(true);
  });

  it('appends the health index (one decimal) and the tier of the active scheme after the lifecycle columns', () => {
    const value = { healthIndex: Float64Array.of(12.345, NaN), tier: Uint16Array.of(1, 0), tierNames: ['Diamond', 'Silver'] };
    const text = customersCsv(rfm, null, null, value);
    expect(lines(text)[0].endsWith(',days_since_last_order_vs_usual,health_index,tier')).toBe(true);
    expect(lines(text)[1].endsWith(',Lost,,,,,,,12.3,Silver')).toBe(true);
    expect(lines(text)[2].endsWith(',About To Sleep,,,,,,,,Diamond')).toBe(true);
  });
});
