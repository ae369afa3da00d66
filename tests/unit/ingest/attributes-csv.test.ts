import { describe, expect, it } from 'vitest';
import type { AttributeRows } from '../../../src/lib/domain/attribute-rows';
import { attributesToCsv } from '../../../src/lib/ingest/attributes-csv';

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe('attributesToCsv', () => {
  it('writes unknown numbers and texts as empty fields, quotes text and keeps free columns as JSON', () => {
    const rows: AttributeRows = {
      customerId: ['a,1', 'b'],
      text: { customer_name: ['Say "hi" Ltd', ''], industry: ['Retail', ''], company_size: ['', ''], region: ['北区', ''], preferred_channel: ['', 'Email'] },
      sinceDay: Float64Array.from([18263, NaN]),
      satisfaction: Float64Array.from([4.5, NaN]),
      complaints: Float64Array.from([0, NaN]),
      nps: Float64Array.from([-20, NaN]),
      marginRate: Float64Array.from([0.125, NaN]),
      freeColumns: ['owner', 'note'],
      free: [['Dana', ''], ['', 'a "quoted" note']],
      length: 2,
    };
    expect(text(attributesToCsv(rows)).split('\n')).toEqual([
      'customer_id,customer_name,industry,company_size,region,preferred_channel,since_day,satisfaction,complaints,nps,margin_rate,extra',
      '"a,1","Say ""hi"" Ltd","Retail",,"北区",,18263,4.5,0,-20,0.125,"{""owner"":""Dana""}"',
      '"b",,,,,"Email",,,,,,"{""note"":""a \\""quoted\\"" note""}"',
      '',
    ]);
  });
});
