/**
 * A churn-warning trigger the user adds, e.g. "Champions or Loyal Customers with no order for
 * more than 60 days". Plain data, saved in the settings.
 */
export interface TriggerRule {
  id: string;
  /** Segment names it watches; empty watches every customer. */
  segments: string[];
  /** Fires when days since the last order are strictly more than this. */
  moreThanDays: number;
}

/** What a trigger reads per customer, aligned with an RfmResult. */
export interface TriggerInputs {
  recencyDays: Int32Array;
  segment: Uint16Array;
  segmentNames: readonly string[];
}

/** Indices of the customers a trigger fires for, in customer order. */
export function triggerMatches(rule: TriggerRule, inputs: TriggerInputs): Int32Array {
  const watched = new Uint8Array(inputs.segmentNames.length);
  inputs.segmentNames.forEach((name, index) => (watched[index] = rule.segments.length === 0 || rule.segments.includes(name) ? 1 : 0));
  const hits: number[] = [];
  for (let index = 0; index < inputs.recencyDays.length; index++) {
    if (watched[inputs.segment[index]] && inputs.recencyDays[index] > rule.moreThanDays) hits.push(index);
  }
  return Int32Array.from(hits);
}
