/** 简体中文：交叉分析面板（对应 en-crosstab.ts）。 */
export const zhCNCrosstab: Record<string, string> = {
  'crosstab.title': '交叉分析',
  'crosstab.rows': '行',
  'crosstab.columns': '列',
  'crosstab.customers': '客户数',
  'crosstab.revenue': '销售额',
  'crosstab.total': '合计',
  'crosstab.note':
    '任选两种分组并排对比；每个格子同时显示其占该行的比例。销售额为近一年消费，与分层分析一致。载入客户表后还可分析：价值分层 × 需求、行业 × 公司规模。',
  'crosstab.unknown': '有 {customers} 位客户在某一维度上没有取值，未计入任何格子。',
  'crosstab.dimension.tier': '价值分层',
  'crosstab.dimension.segment': 'RFM 分群',
  'crosstab.dimension.stage': '生命周期阶段',
  'crosstab.dimension.cluster': '簇',
};
