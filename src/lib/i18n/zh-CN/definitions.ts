/** 简体中文：消费频次与消费金额的口径切换（对应 en-definitions.ts）。 */
export const zhCNDefinitions: Record<string, string> = {
  'definitions.title': 'F 与 M 的计算口径',
  'definitions.frequency': '消费频次（F）',
  'definitions.frequency.orders': '订单数',
  'definitions.frequency.days': '不同购买天数',
  'definitions.monetary': '消费金额（M）',
  'definitions.monetary.total': '消费总额',
  'definitions.monetary.average': '平均每单金额',
  'definitions.why': '为什么数字会不同',
  'definitions.dist.days': '消费频次（不同购买天数）',
  'definitions.dist.average': '消费金额（平均每单净消费）',
  'definitions.why.frequency': '同一天下的多笔订单只算一个购买日，因此把一次购物拆成几笔订单的客户，购买天数会少于订单数。',
  'definitions.why.monetary': '消费总额偏向忠诚的客户：每多一笔订单就会增加，因此与 F 部分重复。平均每单金额（净额 ÷ 订单数）偏向大额订单，不论下单多么少。',
  'definitions.same_days': '在这份数据中，每位客户的购买天数都等于订单数，因此 F 不变。',
  'definitions.fewer_days': '有 {customers} 位客户（{share}）的购买天数少于订单数。',
  'definitions.follow':
    '评分、细分、聚类以及基于细分的分层都随此选择变化；customers.csv 中的 frequency 与 monetary 仍为订单数与总额，并在末尾增加 purchase_days 与 average_order_value 两列。',
  'method.definitions': '评分采用的口径：消费频次为「{frequency}」，消费金额为「{monetary}」（可在“分布”中切换）。',
  'method.definition.days': 'F 按有订单的不同日期数评分（取每笔订单首行的日期，退货不计），不会超过订单数。',
  'method.definition.average': 'M 按净消费金额 ÷ 订单数评分，精确到分（恰为半分时远离零取整）。',
};
