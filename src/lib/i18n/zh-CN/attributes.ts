/** 简体中文：客户表（属性）的导入、映射、报告与画像（对应 en-attributes.ts）。 */
export const zhCNAttributes: Record<string, string> = {
  'import.sample.b2b': '模拟 B2B 数据（客户表 + 订单）',
  'import.attributes.add': '添加客户表…',
  'import.attributes.hint': '第二个文件，每位客户一行（行业、规模、成为客户时间、满意度……），按客户 ID 关联',

  'attributes.mapping.title': '核对客户表 {file} 的列',
  'attributes.mapping.intro': '{rows} 行数据。每位客户按客户 ID 与交易数据关联；除客户 ID 外，其他角色均为可选。',
  'attributes.mapping.rules':
    '* 为必填项。满意度按 1–5 分读取，投诉按整数次数读取，NPS 按 −100…100 或 0–10 读取，毛利按比率读取（20%、0.2，或在该列大多大于 1 时读取为 20）。无法识别的值会被清空，并计入导入报告。',
  'attributes.mapping.free': '作为自由属性保留：{columns}',
  'attributes.mapping.free_none': '没有其他列。',
  'attributes.mapping.confirm': '载入客户表',

  'attributes.role.customer_id': '客户 ID',
  'attributes.role.customer_name': '客户名称',
  'attributes.role.industry': '行业',
  'attributes.role.company_size': '公司规模',
  'attributes.role.region': '地区',
  'attributes.role.since': '成为客户时间',
  'attributes.role.satisfaction': '满意度（1–5）',
  'attributes.role.complaints': '投诉次数',
  'attributes.role.nps': 'NPS',
  'attributes.role.margin': '毛利率',
  'attributes.role.preferred_channel': '偏好渠道',

  'attributes.report.title': '客户表：{file}',
  'attributes.report.match': '{both} 位客户同时出现在两个文件中；{ordersOnly} 位只在交易数据中；{attributesOnly} 位只在客户表中（潜在客户）',
  'attributes.report.match_as_of': '（截至 {date}）',
  'attributes.report.dropped.malformed_row': '格式错误的行（字段数不对或引号不完整）',
  'attributes.report.dropped.missing_customer_id': '缺少客户 ID',
  'attributes.report.dropped.duplicate_customer_id': '客户 ID 重复（保留第一行）',
  'attributes.report.invalid': '无法识别的值（已清空，该行保留）',
  'attributes.report.invalid.since': '成为客户时间：不是日期',
  'attributes.report.invalid.satisfaction': '满意度：不是 1 到 5 之间的数字',
  'attributes.report.invalid.complaints': '投诉次数：不是 ≥ 0 的整数',
  'attributes.report.invalid.nps': 'NPS：不是 −100 到 100 之间的数字',
  'attributes.report.invalid.margin': '毛利率：不是 −100% 到 100% 之间的比率',
  'attributes.report.note.margin_percent': '毛利率的值大多大于 1，因此按百分数读取（20 → 20%）。',

  'attributes.profile.not_in_table': '不在客户表中',
  'attributes.profile.failed': '无法读取客户表：{detail}',

  'error.attributes_need_orders': '请先载入交易数据文件，再载入客户表。',
};
