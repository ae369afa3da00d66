import { describe, expect, it } from 'vitest';
import { warningReason } from '../../../src/lib/domain/lifecycle';
import { warningsCsv } from '../../../src/lib/export/warnings-csv';
import { t } from '../../../src/lib/i18n';
import { warningReasonText } from '../../../src/views/lifecycle/warning-reason-text';
import { warningFixture } from '../views/warning-fixture';

const lifecycle = warningFixture();
const reasonText = (index: number) => warningReasonText(warningReason(lifecycle.inputs, index), t);
const lines = (text: string) => text.trimEnd().split('\r\n');

describe('warningsCsv', () => {
  it('writes the listed customers in the order given: money with two decimals, the usual gap empty for one order date, neutralized ids', () => {
    expect(lines(warningsCsv(lifecycle, lifecycle.warningOrder, null, reasonText))).toEqual([
      'customer_id,segment,cluster,monetary,last_order,days_since_last_order,usual_gap_days,reason',
      'B,Promising,,120.00,1998-03-01,122,,No order for 122 days; a single order so far.',
      'A,About To Sleep,,50.00,1998-02-01,150,41,No order for 150 days; usually orders every 41 days.',
      // A median of 45.5 days reads as 46 whole days.
      "'=F,Others,,50.00,1998-03-01,122,46,No order for 122 days; usually orders every 46 days.",
    ]);
  });

  it('fills the cluster column once clustering ran, and quotes text with commas', () => {
    const clusterText = (index: number) => (index === 1 ? '2 · Lapsed, big' : '1 · Active');
    expect(lines(warningsCsv(lifecycle, Int32Array.of(1, 2), clusterText, () => 'x'))).toEqual([
      'customer_id,segment,cluster,monetary,last_order,days_since_last_order,usual_gap_days,reason',
      'B,Promising,"2 · Lapsed, big",120.00,1998-03-01,122,,x',
      'C,Others,1 · Active,9.00,1998-06-20,11,10,x',
    ]);
  });

  it('writes only the header for an empty list', () => {
    expect(lines(warningsCsv(lifecycle, new Int32Array(0), null, reasonText))).toEqual(['customer_id,segment,cluster,monetary,last_order,days_since_last_order,usual_gap_days,reason']);
  });
});
