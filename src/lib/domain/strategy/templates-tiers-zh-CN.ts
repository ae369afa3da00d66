import type { CardTemplate } from './cards';

// 简体中文版的分层预设策略卡模板：与 templates-tiers.ts 一一对应，键是存储的英文层级名
// （层级名是与客户关联的数据，不随界面语言变化），内容保留英文卡片的含义。

/** 钻石 / 黄金 / 白银：按近一年消费排名划分的服务等级（面向消费者的业务）。 */
export const SERVICE_LEVEL_TEMPLATES_ZH_CN: Record<string, CardTemplate> = {
  Diamond: {
    goal: '留住消费前 5% 的客户，深化合作关系',
    actions: ['配备专属客户经理', '新品抢先购及专享预览', '大额订单后亲自致谢', '每年一次回访通话'],
    owner: '大客户团队',
    cadence: '每月复盘',
    kpi: { name: '留存率（一年后仍在购买）', target: '≥ 95%' },
    serviceLevel: '2 小时内响应，优先专线',
    channel: '电话、专属邮件',
    contactFrequency: '每月一次',
  },
  Gold: {
    goal: '提升消费，向钻石等级迈进',
    actions: ['阶梯式量大折扣', '新品免费试用', '每笔订单后推荐相关商品'],
    owner: '销售部',
    cadence: '每季度',
    kpi: { name: '客均消费', target: '+20%' },
    serviceLevel: '24 小时内响应',
    channel: '邮件、App',
    contactFrequency: '每两周一次',
  },
  Silver: {
    goal: '高效服务，推动活跃客户升级',
    actions: ['标准服务', '邮件 / 微信公众号自动触达', '每季度一次回访活动'],
    owner: '客服部与营销自动化团队',
    cadence: '每季度回访',
    kpi: { name: '复购率', target: '+5 个百分点' },
    serviceLevel: '48 小时内响应',
    channel: '邮件、微信公众号',
    contactFrequency: '每月一期会员通讯',
  },
};

/** 白金 / 黄金 / 忠诚基础客户 / 流失风险 / 其他：企业客户，沿用需求中的示例。 */
export const ACCOUNT_TIER_TEMPLATES_ZH_CN: Record<string, CardTemplate> = {
  Platinum: {
    goal: '确保每份合同续签，并扩大客户业务规模',
    actions: ['专属客户经理', '每月定制报告', '每年一次高层会晤'],
    owner: '大客户管理部',
    cadence: '每月报告，每年高层会晤',
    kpi: { name: '合同续约率', target: '≥ 98%' },
    serviceLevel: '2 小时内响应',
    channel: '客户经理（电话、上门拜访）',
    contactFrequency: '每月一次',
  },
  Gold: {
    goal: '提升采购额，向白金等级迈进',
    actions: ['阶梯式量大折扣', '新品免费试用', '每季度业务回顾'],
    owner: '销售部',
    cadence: '每季度业务回顾',
    kpi: { name: '年度采购额', target: '+20%' },
    serviceLevel: '8 小时内响应',
    channel: '客户经理、邮件',
    contactFrequency: '每月一次',
  },
  'Loyal base': {
    goal: '以较低的服务成本留住忠诚客户',
    actions: ['标准服务', '邮件 / 微信公众号自动触达', '每季度一次回访'],
    owner: '客户成功部',
    cadence: '每季度回访',
    kpi: { name: '客户留存率', target: '≥ 90%' },
    serviceLevel: '48 小时内响应',
    channel: '邮件、微信公众号',
    contactFrequency: '每季度一次',
  },
  'Churn risk': {
    goal: '挽回沉默或不满意的客户',
    actions: ['7 天内完成原因调研', '发放挽回优惠券', '30 天后跟进'],
    owner: '客户成功部',
    cadence: '7 天内调研，30 天后跟进',
    kpi: { name: '挽回率', target: '≥ 30%' },
    serviceLevel: '24 小时内响应',
    channel: '电话、邮件',
    contactFrequency: '7 天内一次，30 天后再跟进一次',
  },
  Other: {
    goal: '找出有望升入某一层级的客户',
    actions: ['标准服务', '每年评估一次客户潜力'],
    owner: '销售部',
    cadence: '每年评估',
    kpi: { name: '升入层级的客户占比', target: '≥ 10%' },
    serviceLevel: '48 小时内响应',
    channel: '邮件',
    contactFrequency: '每季度一次',
  },
};

const VALUE_LEVEL_BASE_ZH_CN: Record<string, CardTemplate> = {
  High: {
    goal: '留住高价值客户，提升其忠诚度',
    actions: ['优先服务', '忠诚度奖励与新品抢先购', '个性化推荐'],
    owner: 'CRM 团队',
    cadence: '每月',
    kpi: { name: '客户留存率', target: '≥ 90%' },
    serviceLevel: '4 小时内响应',
    channel: '电话、邮件',
    contactFrequency: '每两周一次',
  },
  Mid: {
    goal: '推动中价值客户升级',
    actions: ['组合购与交叉销售优惠', '按购买量给予折扣', '在惯常复购日期前发送提醒'],
    owner: '市场部',
    cadence: '每季度',
    kpi: { name: '升入高价值的客户占比', target: '每年 ≥ 10%' },
    serviceLevel: '24 小时内响应',
    channel: '邮件、App',
    contactFrequency: '每月一次',
  },
  Low: {
    goal: '低成本服务，发掘有潜力的客户',
    actions: ['邮件自动触达', '欢迎及新手引导系列内容', '入门级促销活动'],
    owner: '营销自动化团队',
    cadence: '每季度',
    kpi: { name: '复购率', target: '+5 个百分点' },
    serviceLevel: '48 小时内响应',
    channel: '邮件、微信公众号',
    contactFrequency: '每月一期会员通讯',
  },
  'No data': {
    goal: '先补全缺失的数据，再采取行动',
    actions: ['检查缺少哪项客户属性', '通过客户信息表补充该属性'],
    owner: 'CRM 数据团队',
    cadence: '一次性完成，此后每次导入时检查',
    kpi: { name: '数据完整的客户占比', target: '100%' },
    serviceLevel: '48 小时内响应',
    channel: '邮件',
    contactFrequency: '每季度一次',
  },
};

/** 与英文版相同：各价值等级的 KPI 按该方案自身的衡量指标设定。 */
function valueLevelTemplates(kpis: Record<'High' | 'Mid' | 'Low', CardTemplate['kpi']>): Record<string, CardTemplate> {
  const templates = { ...VALUE_LEVEL_BASE_ZH_CN };
  for (const [level, kpi] of Object.entries(kpis)) templates[level] = { ...templates[level], kpi };
  return templates;
}

export const VALUE_LEVEL_SPEND_TEMPLATES_ZH_CN = VALUE_LEVEL_BASE_ZH_CN;
export const VALUE_LEVEL_FREQUENCY_TEMPLATES_ZH_CN = valueLevelTemplates({
  High: { name: '年订单数', target: '≥ 12' },
  Mid: { name: '年订单数', target: '+2' },
  Low: { name: '年订单数', target: '≥ 4' },
});
export const VALUE_LEVEL_MARGIN_TEMPLATES_ZH_CN = valueLevelTemplates({
  High: { name: '毛利率', target: '≥ 20%' },
  Mid: { name: '毛利率', target: '+2 个百分点' },
  Low: { name: '毛利率', target: '≥ 10%' },
});
