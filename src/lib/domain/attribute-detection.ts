import { matchHeaders, vocabulary } from './header-matching';

/**
 * What a column of a customer-attribute table means. Every column not given a role is kept as a
 * free attribute (text), so nothing in the file is lost.
 */
export type AttributeRole =
  | 'customer_id'
  | 'customer_name'
  | 'industry'
  | 'company_size'
  | 'region'
  | 'since'
  | 'satisfaction'
  | 'complaints'
  | 'nps'
  | 'margin'
  | 'preferred_channel';

/** Every role, in the order the mapping panel lists them. */
export const ATTRIBUTE_ROLES: readonly AttributeRole[] = [
  'customer_id',
  'customer_name',
  'industry',
  'company_size',
  'region',
  'since',
  'satisfaction',
  'complaints',
  'nps',
  'margin',
  'preferred_channel',
];

/** Role → source column name. */
export type AttributeMapping = Partial<Record<AttributeRole, string>>;

// Header names per role, best first, compared after normalizeHeader (English and Chinese exports).
const SYNONYMS: Record<AttributeRole, string[]> = {
  customer_id: [
    'customer id', 'customerid', 'customer', 'cust id', 'client id', 'clientid', 'client', 'member id', 'account id', 'customer number',
    'customer no', 'customer code', 'customer key', 'user id', 'buyer id',
    '客户编号', '客户id', '客户代码', '会员编号', '会员卡号', '会员id', '用户id', '顾客编号', '客户',
  ],
  customer_name: [
    'customer name', 'name', 'company name', 'company', 'account name', 'client name', 'organisation', 'organization', 'business name',
    '客户名称', '公司名称', '客户名', '企业名称', '名称', '公司',
  ],
  industry: ['industry', 'sector', 'vertical', 'industry sector', '行业', '所属行业', '行业类别'],
  company_size: ['company size', 'size', 'employees', 'headcount', 'size band', 'company size band', 'segment size', '规模', '企业规模', '公司规模', '员工人数'],
  region: ['region', 'area', 'territory', 'country', 'province', 'sales region', '地区', '区域', '省份', '大区', '所在地区'],
  since: [
    'since', 'customer since', 'client since', 'relationship start', 'relationship since', 'start date', 'signup date', 'contract start',
    'first contract', 'onboarded', 'onboarding date', 'member since', 'partner since',
    '合作开始', '合作开始日期', '合作开始时间', '签约日期', '开户日期', '注册日期', '合作时间', '首次合作',
  ],
  satisfaction: ['satisfaction', 'csat', 'satisfaction score', 'customer satisfaction', 'rating', '满意度', '满意度评分', '客户满意度'],
  complaints: ['complaints', 'complaint', 'complaint count', 'complaints count', 'number of complaints', 'tickets', '投诉', '投诉次数', '投诉数'],
  nps: ['nps', 'net promoter score', 'nps score', 'promoter score', '净推荐值', '推荐值', 'nps评分'],
  margin: ['margin', 'margin rate', 'gross margin', 'profit rate', 'profit margin', 'margin %', 'gm', '毛利率', '利润率', '毛利'],
  preferred_channel: ['preferred channel', 'channel', 'contact channel', 'sales channel', 'preferred contact', '渠道', '偏好渠道', '首选渠道', '联系渠道'],
};

// Words that name a role only on their own: "Account Manager Name" is not the customer's name.
const EXACT_ONLY = ['name', 'size', 'since', 'channel', 'company', 'customer', 'client', 'area', 'country', 'rating', 'gm', 'tickets', '名称', '公司', '客户', '毛利'];
const VOCABULARY = vocabulary(ATTRIBUTE_ROLES, SYNONYMS, EXACT_ONLY);

/**
 * Proposes a column per attribute role from the headers: exact synonyms first, then headers
 * containing one (longest synonym first, so "Customer Since" is `since`, not the id). Without a
 * named id column the first column is proposed, as customer tables nearly always start with it.
 * A column never gets two roles; the user confirms or changes the result.
 */
export function detectAttributeMapping(headers: string[]): AttributeMapping {
  const { mapping, used } = matchHeaders<AttributeRole>(headers, VOCABULARY);
  if (!mapping.customer_id && headers.length > 0 && !used.has(0)) mapping.customer_id = headers[0];
  return mapping;
}

/** Columns of the file that have no role: kept as free text attributes, in file order. */
export function freeAttributeColumns(headers: string[], mapping: AttributeMapping): string[] {
  const mapped = new Set(Object.values(mapping).filter(Boolean));
  return headers.filter((header) => !mapped.has(header));
}
