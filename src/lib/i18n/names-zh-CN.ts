/**
 * Chinese for the names the app ships: segment names of the rule presets, tier names and
 * fallbacks of the tier presets, and the tier scheme names. Keyed by the stored English name,
 * because the stored name is the data (exports, rules, card templates link by it).
 */
export const zhCNNames: Readonly<Record<string, string>> = {
  // RFM segments: the default rule table (the R rfm package's documented example) and its test set
  Champions: '冠军客户',
  'Potential Loyalist': '潜在忠诚客户',
  'Loyal Customers': '忠诚客户',
  Promising: '有潜力客户',
  'New Customers': '新客户',
  "Can't Lose Them": '不能失去的客户',
  'At Risk': '流失风险客户',
  'Need Attention': '需要关注客户',
  'About To Sleep': '即将沉睡客户',
  Lost: '已流失客户',
  Others: '其他客户',
  // The 10-segment R × F grid spells some names its own way; distinct words keep every shown name distinct
  Loyal: '忠实客户',
  New: '新客',
  'About to Sleep': '将要沉睡客户',
  "Can't Lose": '不可失去客户',
  Hibernating: '休眠客户',
  // Value tiers (segment preset and tier presets)
  Platinum: '白金',
  Gold: '黄金',
  'Churn risk': '流失风险',
  'Loyal base': '忠诚基础客户',
  High: '高',
  Mid: '中',
  Low: '低',
  'No data': '无数据',
  Other: '其他',
  Diamond: '钻石',
  Silver: '白银',
  // Tier scheme names
  'Value levels: annual spend': '价值等级：年度消费',
  'Value levels: orders per year': '价值等级：每年订单数',
  'Value levels: margin': '价值等级：毛利率',
  'Platinum / Gold / Loyal base / Churn risk': '白金 / 黄金 / 忠诚基础客户 / 流失风险',
  'Diamond / Gold / Silver': '钻石 / 黄金 / 白银',
  'RFM segments': 'RFM 细分',
  // Segment rule preset names (the rules view shows them through its own keys; kept here for every other place)
  'R rfm package: documented example': 'R 语言 rfm 包：文档示例',
  'R rfm package: test rule set': 'R 语言 rfm 包：测试规则集',
  '10 segments on the R × F grid': 'R × F 网格上的 10 个细分',
  'Value tiers by score floors': '按得分下限划分的价值分层',
};
