/** 简体中文：阈值滑块、表格复制/CSV 与图片导出（对应 en-charts.ts）。 */
export const zhCNCharts: Record<string, string> = {
  'chart.threshold.typed': '{name}，输入数值',
  'rfm.dist.slider_note': '拖动滑块（或聚焦后用方向键）即可移动分界点：评分方法随即切换为固定分界点，网格、分群及其他所有视图同步更新。',
  'rfm.dist.cut_between': '{low} 分 | {high} 分',
  'lifecycle.thresholds.title': '距上次下单天数及流失阈值',
  'lifecycle.thresholds.note': '流失线右侧为已流失。两条线之间为流失预警（天数还须超过该客户平时下单间隔的 {multiple} 倍）。',
  'tiers.threshold.title': '按{feature}的客户分布及分层阈值',
  'tiers.threshold.label': '{tier}：{bound}',
  'tiers.threshold.note': '拖动滑块或输入数值：上方的规则随之改变，各层级人数同步更新。前 N% 的分界线画在该比例内的最低值处。',
};
