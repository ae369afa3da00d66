import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../src/lib/ingest/decode';

const shared = (relative: string) => new Uint8Array(readFileSync(new URL(`../../../../shared/${relative}`, import.meta.url)));
const bytes = (...values: number[]) => new Uint8Array(values);
const utf16le = (text: string) => new Uint8Array(Buffer.from(text, 'utf16le'));
const utf16be = (text: string) => utf16le(text).map((_, index, all) => all[index ^ 1]);

describe('decodeText', () => {
  it.each([
    { name: 'plain UTF-8', input: new TextEncoder().encode('id,名字\n1,张三\n'), text: 'id,名字\n1,张三\n', encoding: 'utf-8' },
    { name: 'UTF-8 with a BOM (removed)', input: bytes(0xef, 0xbb, 0xbf, 0x61, 0x2c, 0x62), text: 'a,b', encoding: 'utf-8-bom' },
    { name: 'UTF-16LE with a BOM', input: new Uint8Array([0xff, 0xfe, ...utf16le('a,b\n1,2')]), text: 'a,b\n1,2', encoding: 'utf-16le' },
    { name: 'UTF-16BE with a BOM', input: new Uint8Array([0xfe, 0xff, ...utf16be('a,b\n1,2')]), text: 'a,b\n1,2', encoding: 'utf-16be' },
    { name: 'UTF-16LE without a BOM', input: utf16le('customer,amount\nA,1\n'), text: 'customer,amount\nA,1\n', encoding: 'utf-16le' },
    { name: 'GBK bytes (你好)', input: bytes(0xc4, 0xe3, 0xba, 0xc3), text: '你好', encoding: 'gb18030' },
    { name: 'tabs, CR and LF are text', input: new TextEncoder().encode('a\tb\r\n1\t2\r\n'), text: 'a\tb\r\n1\t2\r\n', encoding: 'utf-8' },
  ])('decodes $name', ({ input, text, encoding }) => {
    expect(decodeText(input)).toEqual({ ok: true, text, encoding });
  });

  it.each([
    { name: 'no bytes', input: bytes(), error: 'empty' },
    { name: 'a NUL byte in 8-bit text', input: new TextEncoder().encode('a,b\n1,\u0000\n2,3\n4,5\n'), error: 'binary' },
    { name: 'mostly control bytes', input: bytes(1, 2, 3, 4, 5, 6, 65, 66, 67, 68), error: 'binary' },
    { name: 'random bytes (binary_garbage.csv)', input: shared('bad-inputs/binary_garbage.csv'), error: 'binary' },
  ])('refuses $name', ({ input, error }) => {
    expect(decodeText(input)).toEqual({ ok: false, error });
  });

  it.each([
    { file: 'bad-inputs/gbk_chinese.csv', encoding: 'gb18030', header: '客户编号,客户名称,订单日期,金额(元)' },
    { file: 'bad-inputs/gb18030_crlf_excel.csv', encoding: 'gb18030', header: '会员卡号,消费时间,实付金额,门店' },
    { file: 'bad-inputs/utf8_bom.csv', encoding: 'utf-8-bom', header: 'Customer ID,Order Date,Amount' },
    { file: 'bad-inputs/xss_names.csv', encoding: 'utf-8', header: 'customer_id,customer_name,order_date,amount' },
    { file: 'datasets/cdnow_master.csv', encoding: 'utf-8', header: 'customer_id,order_date,number_of_cds,dollar_value' },
  ])('reads $file as $encoding', ({ file, encoding, header }) => {
    const decoded = decodeText(shared(file));
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text.split(/\r?\n/)[0]).toBe(header);
    expect(decoded.text).not.toContain('\ufffd');
  });
});
