import { describe, expect, it } from 'vitest';
import { fileIdsOf, projectBytes, type ProjectRecord } from '../../../src/lib/storage/project-record';
import { formatBytes } from '../../../src/views/projects/project-format';

const base: ProjectRecord = {
  id: 'p1',
  name: 'orders.csv',
  createdAt: '2026-11-23T10:00:00.000Z',
  updatedAt: '2026-11-23T10:00:00.000Z',
  source: { kind: 'file', file: { fileId: 'f1', name: 'orders.csv', size: 1_000, type: 'text/csv' } },
  attributes: { file: { fileId: 'f2', name: 'customers.csv', size: 250, type: 'text/csv' }, mapping: {}, read: {} },
  settings: { a: 1 },
  scenarios: [],
};
const settingsJson = '{"settings":{"a":1},"scenarios":[]}'.length;

describe('project records', () => {
  it.each([
    { name: 'a file and a customer table', record: base, bytes: 1_250 + settingsJson, files: ['f1', 'f2'] },
    { name: 'a file alone', record: { ...base, attributes: null }, bytes: 1_000 + settingsJson, files: ['f1'] },
    { name: 'a sample: only its settings', record: { ...base, attributes: null, source: { kind: 'sample', sample: 'cdnow', name: 'cdnow_master.csv' } } as ProjectRecord, bytes: settingsJson, files: [] },
  ])('$name', ({ record, bytes, files }) => {
    expect(projectBytes(record)).toBe(bytes);
    expect(fileIdsOf(record)).toEqual(files);
  });
});

describe('formatBytes (English)', () => {
  it.each([
    { bytes: 0, text: '0.1 kB' },
    { bytes: 347_812, text: '347.8 kB' },
    { bytes: 999_999, text: '1,000 kB' },
    { bytes: 4_520_000, text: '4.5 MB' },
  ])('$bytes bytes → $text', ({ bytes, text }) => {
    expect(formatBytes(bytes)).toBe(text);
  });
});
