/** Workshop mode: the guided tour through the method and presenter mode. */
export const enWorkshop = {
  'tour.open': 'Guided tour',
  'tour.open_hint': 'A walk through the method, one view at a time: data, RFM, clusters, lifecycle, tiers, strategy cards',
  'tour.label': 'Guided tour of the method',
  'tour.step_of': 'Step {n} of {total}',
  'tour.previous': 'Previous',
  'tour.next': 'Next',
  'tour.done': 'Done',
  'tour.close': 'Close the tour',
  'tour.keys': '← → move between steps · Esc closes',
  'tour.phases': 'Method',
  'tour.no_data': 'The tour explains each view on real data. Load the CDNOW sample (69,659 orders of 23,570 customers, 1997–1998) to follow along.',
  'tour.load_cdnow': 'Load the CDNOW sample',
  'tour.loading': 'Loading CDNOW…',
  'tour.part.what': 'What you see',
  'tour.part.formula': 'Formula',
  'tour.part.watch': 'What to watch for',
  'tour.part.pitfalls': 'Typical pitfalls',
  'tour.phase.data': 'Data',
  'tour.phase.rfm': 'RFM',
  'tour.phase.clusters': 'Clusters',
  'tour.phase.lifecycle': 'Lifecycle',
  'tour.phase.tiers': 'Tiers',
  'tour.phase.strategy': 'Strategy cards',

  'tour.data.title': 'Data: what was read',
  'tour.data.what': 'The import report counts every row read and every row used, and each row not used by its reason. Returns and rows repeating an earlier row are listed apart.',
  'tour.data.formula': 'Rows used = rows read − rows not used (malformed, no customer id, unreadable date, unreadable amount, duplicates you removed). Only orders on or before the as-of date count.',
  'tour.data.watch': 'Rows lost to unreadable dates or amounts (check the date order and the decimal separator in the mapping), rows dated after today, and how many rows are returns.',
  'tour.data.pitfalls':
    'The as-of date: by default the day after the latest order. An old export read as of today makes every customer look lapsed. Rows repeating an earlier row can be real (two equal orders on one day): remove them only when you know they are copies.',

  'tour.scores.title': 'RFM scores: from values to 1–5',
  'tour.scores.what':
    'Three numbers per customer: days since the last order (recency), number of orders (frequency) and net spend (monetary). Each becomes a score from 1 to 5, 5 best. The histograms show the values with the cut points, and a table of customers per score.',
  'tour.scores.formula': 'score = 1 + floor(5 × customers with a strictly worse value ÷ all customers); for recency, fewer days is better.',
  'tour.scores.watch': 'The customers per score under each histogram: an even split puts 20% in each. A warning says when ties make a score crowded or empty.',
  'tour.scores.pitfalls':
    'Ties in quantiles: customers with equal values share a score, so a large tie leaves a score empty. In CDNOW more than half of the customers bought once, so frequency score 2 is empty. Breaking ties at random would give two identical customers different scores. Fixed cut points and the R rfm-compatible method give other numbers: say which method you used.',

  'tour.grid.title': 'The R × F grid',
  'tour.grid.what': 'Each cell counts the customers with one recency score and one frequency score, coloured by count or by average spend. Select a cell to list its customers.',
  'tour.grid.formula': 'cell (R, F) = customers whose recency score is R and frequency score is F. The RFM cell joins the three scores, e.g. 545.',
  'tour.grid.watch': 'The top right (recent and frequent) holds the best customers; the bottom left, lapsed one-time buyers, is usually the largest group.',
  'tour.grid.pitfalls': 'An empty row or column is the tie effect of the previous step, not missing data. The grid leaves monetary out: two customers in one cell can spend very differently.',

  'tour.segments.title': 'Segments: an ordered rule table',
  'tour.segments.what':
    'Named segments come from a rule table: each rule gives ranges of R, F and M, and the first rule whose three ranges hold the customer’s scores wins. The summary shows customers, orders, revenue and medians per segment; the linter colours the 5 × 5 × 5 score cube by segment.',
  'tour.segments.formula': 'segment = the first rule with R, F and M each inside its range; no rule matches → Others.',
  'tour.segments.watch': 'Share of customers against share of revenue; cells that fall to Others (gaps); rules that never match because earlier rules take all their cells (shadowed).',
  'tour.segments.pitfalls':
    'Order matters: moving a rule up changes who lands in it. Too many segments: ten segments with a few actions each is more than a team can run, so merge segments that would get the same treatment. A name is not a promise: read the medians.',

  'tour.clusters.title': 'Clusters: groups the data finds',
  'tour.clusters.what':
    'K-means groups customers who look alike on the chosen features, with no rules given. Profiles show each cluster’s size, shares and means in original units; names are automatic and can be edited. A cross-tab sets clusters against RFM segments.',
  'tour.clusters.formula':
    'Features log(1 + x), then z-scored. K-means minimises the inertia, the sum of squared distances of customers to their cluster centre. Silhouette = (b − a) ÷ max(a, b), a = mean distance within the own cluster, b = to the nearest other cluster.',
  'tour.clusters.watch': 'The silhouette by K (higher means clearer groups; the highest is recommended) and the inertia by K (look for the elbow, where adding clusters stops helping much).',
  'tour.clusters.pitfalls':
    'K by silhouette and K by elbow often disagree: the silhouette tends to favour few large groups, and the elbow is a judgement call. Choose a K you can explain and act on, and note the seed. Without the log transform a handful of very large spenders form a cluster of their own.',

  'tour.lifecycle.title': 'Lifecycle: where each customer is now',
  'tour.lifecycle.what':
    'Each customer gets one stage as of the as-of date (churned, churn warning, won back, new, converted, repeat, retained); the first matching rule wins. Beside it the funnel acquired → activated → repeat → high value → still active.',
  'tour.lifecycle.formula':
    'Churned: no order for more than 365 days. Churn warning: days since the last order > max(90, 2 × the customer’s median gap between orders). New: first order within the last 30 days. Every threshold is editable.',
  'tour.lifecycle.watch': 'How the stages shift as you move the as-of date, and which funnel step loses the most customers.',
  'tour.lifecycle.pitfalls':
    'The as-of date decides everything here. CDNOW ends in mid-1998: read as of today, every customer would be churned. Each customer’s own rhythm matters: a quarterly buyer is not at risk after 60 quiet days.',

  'tour.cohorts.title': 'Cohorts: retention by first order',
  'tour.cohorts.what': 'Customers grouped by the month (or week, quarter) of their first order; each cell is the share still ordering so many periods later. Trends show active customers, repurchase rate and revenue by month.',
  'tour.cohorts.formula': 'retention(cohort, n) = customers of the cohort with an order n periods after their first period ÷ customers in the cohort.',
  'tour.cohorts.watch': 'The first period after the first order: most of the loss happens there. Compare early and late cohorts row by row.',
  'tour.cohorts.pitfalls': 'The newest cohorts have had little time, so their later cells are missing, not zero. Small cohorts swing widely: check the customer count before reading a share.',

  'tour.warnings.title': 'Churn warnings: whom to contact',
  'tour.warnings.what': 'The customers in churn warning, highest monetary value first, each with a plain reason; filters by segment and cluster, a CSV for follow-up, and trigger rules of your own with live counts.',
  'tour.warnings.formula': 'In warning: days since the last order > max(90, 2 × the median gap between the customer’s order dates), and not yet churned (365 days or fewer).',
  'tour.warnings.watch': 'High-value customers at the top of the list, and the reason: their usual gap against the silence now.',
  'tour.warnings.pitfalls': 'A customer with one order date has no gap, so only the 90-day minimum applies. A trigger that matches thousands of customers is not a call list: narrow it by segment or value.',

  'tour.tiers.title': 'Value tiers: levels of service',
  'tour.tiers.what': 'A tier scheme is a short rule table on trailing-year spend, orders per year, margin, years as a customer or rank; the first match wins. Names and thresholds are edited in place and the counts follow.',
  'tour.tiers.formula': 'Diamond = top 5% by trailing-year spend; Gold = top 20% (so the next 15%, as the first match wins); Silver = everyone else.',
  'tour.tiers.watch': 'Customers and share of revenue per tier, and how many customers fall through to the catch-all tier.',
  'tour.tiers.pitfalls': 'Thresholds in money depend on the currency and the period of the file; a rank (top 5%) does not. Gaps between rules send customers to the catch-all tier; where rules overlap, the first wins.',

  'tour.health.title': 'Health and concentration',
  'tour.health.what': 'How much of the revenue the top customers bring (top 1, 5, 10, 20%, Lorenz curve, Gini), and a 0–100 health index per customer from recency, frequency and spend trend, with editable weights and bands.',
  'tour.health.formula': 'Gini = 1 − 2 × the area under the Lorenz curve. Health index = 100 × Σ weight × component ÷ Σ weights, each component from 0 to 1.',
  'tour.health.watch': 'The revenue share of the top 20%: far above 80% means the business rests on few customers. Health bands per tier.',
  'tour.health.pitfalls': 'Weights are a choice, not a finding: agree on them before anyone reads a score. A high Gini over a short period can come from a few large one-off orders.',

  'tour.playbook.title': 'Strategy cards',
  'tour.playbook.what':
    'One card per tier of the active scheme: goal, actions, owner, cadence, KPI and target, service level, channel and contact frequency. Everything is editable; export as Markdown, print, or download each card’s customers as a CSV for the CRM.',
  'tour.playbook.formula': 'Cards start from shipped templates matched by the tier’s name; a tier no template knows starts from a general card.',
  'tour.playbook.watch': 'Every KPI has a number and a date to check it against; every owner is a person or a team.',
  'tour.playbook.pitfalls':
    'Too many cards: a team runs three to five programmes well. A card for a tiny tier can cost more than it returns. Keep a control group, or the KPI cannot tell what would have happened anyway.',

  'presenter.toggle': 'Presenter mode',
  'presenter.hint': 'Larger type, customer ids masked on screen, one view at a time.',
  'presenter.nav_label': 'Views, one at a time',
  'presenter.previous': 'Previous view',
  'presenter.next': 'Next view',
  'presenter.position': 'View {n} of {total}',
};
