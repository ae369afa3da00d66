/** 简体中文：策略手册视图（对应 en-strategy.ts）。策略卡模板属于数据，不在此处。 */
export const zhCNStrategy: Record<string, string> = {
  'strategy.title': '策略手册',
  'strategy.intro':
    '当前分层方案的每个层级各有一张策略卡：目标、行动、负责人以及成效衡量方式。策略卡以内置模板为起点，每个字段都可编辑，并随设置一同保存。',
  'strategy.as_of': '截至 {date}',
  'strategy.updating': '正在更新…',
  'strategy.scheme': '分层方案',
  'strategy.revenue_note': '销售额为截止日期前近一年的消费，与“价值分层”页一致。',
  'strategy.export_markdown': '下载 Markdown',
  'strategy.print': '打印 / 另存为 PDF',

  'strategy.card.label': '策略卡：{tier}',
  'strategy.card.customers': '{customers} 位客户 · {share}',
  'strategy.card.revenue': '销售额 {revenue} · {share}',
  'strategy.card.edited': '已编辑',
  'strategy.card.reset': '恢复为模板',
  'strategy.card.reset_label': '将 {tier} 的策略卡恢复为模板',
  'strategy.card.export': '客户 CSV',
  'strategy.card.export_label': '将 {tier} 的客户连同本策略卡的行动下载为 CSV',

  'strategy.field.goal': '目标',
  'strategy.field.owner': '负责人 / 部门',
  'strategy.field.cadence': '截止时间或执行频率',
  'strategy.field.kpi': 'KPI',
  'strategy.field.kpi_name': 'KPI',
  'strategy.field.kpi_target': '目标值',
  'strategy.field.service_level': '服务水平（响应时间）',
  'strategy.field.channel': '渠道',
  'strategy.field.contact_frequency': '触达频率',
  'strategy.field.actions': '行动',

  'strategy.action.label': '{tier} 的第 {position} 项行动',
  'strategy.action.add': '添加行动',
  'strategy.action.remove': '删除',
  'strategy.action.remove_label': '删除 {tier} 的第 {position} 项行动',
  'strategy.action.none': '暂无行动。',

  // Markdown 导出与打印页。
  'strategy.md.title': '策略手册：{scheme}',
  'strategy.md.as_of': '截至 {date} · {customers} 位客户',
  'strategy.md.tier_line': '{customers} 位客户（占客户 {customerShare}）· 销售额 {revenue}（占销售额 {revenueShare}）',
  'strategy.md.kpi_value': '{name}，目标值 {target}',
  'strategy.md.none': '—',
  'strategy.md.colon': '：',
};
