import { beforeAll, describe, expect, it } from 'vitest';
import { customerMetrics } from '../../src/lib/data';
import { lifecycleInputs } from '../../src/lib/data/queries/lifecycle';
import type { SqlDb } from '../../src/lib/data/sql-db';
import { dayFromParts } from '../../src/lib/domain/dates';
import { cellCustomers, DEFAULT_LIFECYCLE_RULES, labelsById, NEW_ROW, STAGES, stagesAsOf, transitionMatrix } from '../../src/lib/domain/lifecycle';
import { computeRfm } from '../../src/lib/domain/rfm';
import { DEFAULT_SEGMENT_RULES, segmentNames } from '../../src/lib/domain/segments';
import { runPipeline } from '../support/pipeline';
import { sharedBytes } from '../support/shared-files';
import { openNodeDb } from './node-db';

const FIRST = dayFromParts(1997, 9, 30)!;
const SECOND = dayFromParts(1998, 6, 30)!;
const sum = (rows: Int32Array[]) => rows.reduce((total, row) => total + row.reduce((a, b) => a + b, 0), 0);

describe('CDNOW migration 1997-09-30 → 1998-06-30', () => {
  let db: SqlDb;
  beforeAll(async () => {
    db = await openNodeDb();
    await runPipeline(db, 'cdnow_master.csv', sharedBytes('datasets/cdnow_master.csv'));
  });

  async function segmentsAt(asOfDay: number) {
    const rfm = computeRfm(await customerMetrics(db, asOfDay, false), asOfDay, DEFAULT_SEGMENT_RULES);
    return { rfm, labels: labelsById(rfm.metrics.ids, rfm.segment, rfm.segmentNames) };
  }

  async function stagesAt(asOfDay: number) {
    const metrics = await customerMetrics(db, asOfDay, false);
    const inputs = await lifecycleInputs(db, metrics, asOfDay, asOfDay - DEFAULT_LIFECYCLE_RULES.reviewOffsetDays);
    const rfm = computeRfm(metrics, asOfDay, DEFAULT_SEGMENT_RULES);
    return labelsById(inputs.ids, stagesAsOf(inputs, rfm.mScore, DEFAULT_LIFECYCLE_RULES), STAGES);
  }

  it('the RFM segment matrix sums to the customers at the first date; nobody is new or gone', async () => {
    const [from, to] = [await segmentsAt(FIRST), await segmentsAt(SECOND)];
    const matrix = transitionMatrix(from.labels, to.labels, segmentNames(DEFAULT_SEGMENT_RULES));
    expect(from.rfm.metrics.ids.length).toBe(23_570);
    expect(sum(matrix.counts.slice(0, -1))).toBe(from.labels.size);
    expect(matrix.upgraded + matrix.downgraded + matrix.stayed).toBe(from.labels.size);
    expect(matrix).toMatchObject({ newCustomers: 0, goneCustomers: 0 });
    // Every cell's customer list has the cell's count.
    matrix.rows.forEach((row, rowIndex) =>
      matrix.columns.forEach((column, columnIndex) => {
        if (row === NEW_ROW) return;
        expect(cellCustomers(from.labels, to.labels, row, column).length).toBe(matrix.counts[rowIndex][columnIndex]);
      }),
    );
  });

  it('the lifecycle stage matrix sums to the customers at the first date', async () => {
    const matrix = transitionMatrix(await stagesAt(FIRST), await stagesAt(SECOND), STAGES);
    expect(sum(matrix.counts.slice(0, -1))).toBe(23_570);
    expect(matrix.labels).toEqual([...STAGES]);
  });
});
