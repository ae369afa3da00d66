import { describe, expect, it } from 'vitest';
import { detectAttributeMapping, freeAttributeColumns } from '../../../src/lib/domain/attribute-detection';

describe('detectAttributeMapping', () => {
  it.each([
    {
      name: 'English snake_case headers of the B2B sample',
      headers: ['customer_id', 'customer_name', 'industry', 'company_size', 'region', 'customer_since', 'satisfaction', 'complaints', 'nps', 'margin', 'preferred_channel', 'account_manager'],
      expected: {
        customer_id: 'customer_id', customer_name: 'customer_name', industry: 'industry', company_size: 'company_size', region: 'region',
        since: 'customer_since', satisfaction: 'satisfaction', complaints: 'complaints', nps: 'nps', margin: 'margin', preferred_channel: 'preferred_channel',
      },
    },
    {
      name: 'Chinese headers, units in brackets',
      headers: ['客户编号', '客户名称', '行业', '规模', '地区', '合作开始日期', '满意度', '投诉次数', 'NPS', '毛利率(%)', '渠道'],
      expected: {
        customer_id: '客户编号', customer_name: '客户名称', industry: '行业', company_size: '规模', region: '地区',
        since: '合作开始日期', satisfaction: '满意度', complaints: '投诉次数', nps: 'NPS', margin: '毛利率(%)', preferred_channel: '渠道',
      },
    },
    {
      name: 'title case with contained synonyms: "Customer Since" is the start, not the id',
      headers: ['Account ID', 'Company Name', 'Customer Since', 'Gross Margin %', 'Net Promoter Score', 'Sales Region'],
      expected: { customer_id: 'Account ID', customer_name: 'Company Name', since: 'Customer Since', margin: 'Gross Margin %', nps: 'Net Promoter Score', region: 'Sales Region' },
    },
    {
      name: 'no id header: the first column is proposed',
      headers: ['code', 'Industry', 'notes'],
      expected: { customer_id: 'code', industry: 'Industry' },
    },
    {
      name: 'words that name a role only on their own: "Account Manager Name" is left free',
      headers: ['customer', 'Account Manager Name', 'size'],
      expected: { customer_id: 'customer', company_size: 'size' },
    },
  ])('$name', ({ headers, expected }) => {
    expect(detectAttributeMapping(headers)).toEqual(expected);
  });

  it('keeps every unmapped column as a free attribute, in file order', () => {
    const headers = ['id', 'tier_note', 'industry', 'owner'];
    expect(freeAttributeColumns(headers, { customer_id: 'id', industry: 'industry' })).toEqual(['tier_note', 'owner']);
  });
});
