import { describe, expect, it } from 'vitest';
import type { AttributeMapping } from '../../../src/lib/domain/attribute-detection';
import type { AttributeReadOptions } from '../../../src/lib/domain/attribute-rows';
import type { OpenedFile } from '../../../src/lib/ingest/open-file';
import { checkAttributeMapping } from '../../../src/lib/state/attribute-dataset';

const file = {
  dateGuesses: { start: { order: null, needsChoice: true, parsedShare: 1, slashEvidence: { dayFirst: 1, monthFirst: 1, ambiguous: 0 } } },
} as unknown as OpenedFile;
const read: AttributeReadOptions = { dateOrder: null, decimal: '.' };

describe('checkAttributeMapping', () => {
  it.each([
    { name: 'an id alone is enough', mapping: { customer_id: 'id' }, read, problem: null },
    { name: 'no id column', mapping: { industry: 'industry' }, read, problem: 'mapping.need_customer_id' },
    { name: 'one column, two roles', mapping: { customer_id: 'id', customer_name: 'id' }, read, problem: 'mapping.column_twice' },
    { name: 'ambiguous since dates need the day/month order', mapping: { customer_id: 'id', since: 'start' }, read, problem: 'mapping.need_date_order' },
    { name: '… and pass once it is chosen', mapping: { customer_id: 'id', since: 'start' }, read: { ...read, dateOrder: 'DMY' as const }, problem: null },
  ])('$name', ({ mapping, read: options, problem }) => {
    expect(checkAttributeMapping(file, mapping as AttributeMapping, options).problem).toBe(problem);
  });
});
