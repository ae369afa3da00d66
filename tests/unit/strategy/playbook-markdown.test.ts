import { describe, expect, it } from 'vitest';
import { playbookFileName, playbookMarkdown, type StrategyCard } from '../../../src/lib/domain/strategy';

const card = (overrides: Partial<StrategyCard>): StrategyCard => ({
  tier: 'Diamond',
  goal: 'Keep the *best*',
  actions: ['Account manager', '', '- call monthly'],
  owner: 'Key accounts',
  cadence: 'Monthly',
  kpi: { name: 'Renewal', target: '≥ 98%' },
  serviceLevel: 'Response ≤ 2 h',
  channel: 'Phone',
  contactFrequency: 'Monthly',
  ...overrides,
});

describe('playbookMarkdown', () => {
  it('writes a heading, the customers and revenue line, the fields and the actions per card', () => {
    const text = playbookMarkdown({
      schemeName: 'Diamond / Gold / Silver',
      asOfDate: '1998-07-01',
      cards: [card({}), card({ tier: 'Silver', goal: '', actions: [' '], kpi: { name: '', target: '' }, owner: 'Team\n{customers}' })],
      counts: [1178, 22392],
      revenueCents: [150_000_00, 50_000_05],
      totalCustomers: 23570,
    });
    expect(text).toBe(
      [
        '# Strategy playbook: Diamond / Gold / Silver',
        '',
        'As of 1998-07-01 · 23,570 customers',
        '',
        '## Diamond',
        '',
        '1,178 customers (5.0% of customers) · revenue 150000.00 (75.0% of revenue)',
        '',
        '- **Goal:** Keep the \\*best\\*',
        '- **Owner:** Key accounts',
        '- **Deadline or cadence:** Monthly',
        '- **KPI:** Renewal, target ≥ 98%',
        '- **Service level:** Response ≤ 2 h',
        '- **Channel:** Phone',
        '- **Contact frequency:** Monthly',
        '',
        '### Actions',
        '',
        '- Account manager',
        '- \\- call monthly',
        '',
        '## Silver',
        '',
        '22,392 customers (95.0% of customers) · revenue 50000.05 (25.0% of revenue)',
        '',
        '- **Goal:** —',
        '- **Owner:** Team {customers}',
        '- **Deadline or cadence:** Monthly',
        '- **KPI:** —',
        '- **Service level:** Response ≤ 2 h',
        '- **Channel:** Phone',
        '- **Contact frequency:** Monthly',
        '',
        '### Actions',
        '',
        '—',
        '',
      ].join('\n'),
    );
  });

  it('takes translated labels and the page’s number formats', () => {
    const text = playbookMarkdown({
      schemeName: 'S',
      asOfDate: 'd',
      cards: [card({ kpi: { name: 'Renewal', target: '' } })],
      counts: [0],
      revenueCents: [0],
      totalCustomers: 0,
      labels: {
        title: 'T {scheme}',
        asOf: '{date}/{customers}',
        tierLine: '{customers}|{customerShare}|{revenue}|{revenueShare}',
        goal: 'g',
        owner: 'o',
        cadence: 'c',
        kpi: 'k',
        kpiValue: '{name}→{target}',
        serviceLevel: 's',
        channel: 'ch',
        contactFrequency: 'f',
        actions: 'A',
        none: 'n/a',
      },
      formats: { integer: (value) => `#${value}`, percent: (fraction) => `p${fraction}`, money: (cents) => `$${cents}` },
    });
    expect(text.split('\n').slice(0, 12)).toEqual(['# T S', '', 'd/#0', '', '## Diamond', '', '#0|p0|$0|p0', '', '- **g:** Keep the \\*best\\*', '- **o:** Key accounts', '- **c:** Monthly', '- **k:** Renewal→n/a']);
  });

  it('names the file after the scheme id', () => {
    expect(playbookFileName('service_levels')).toBe('playbook-service_levels.md');
    expect(playbookFileName('my scheme/2')).toBe('playbook-my_scheme_2.md');
  });
});

describe('playbookMarkdown in Chinese', () => {
  it('uses the labels and colon it is given; the numbers stay the same', () => {
    const labels = {
      title: '策略手册：{scheme}',
      asOf: '截至 {date} · {customers} 位客户',
      tierLine: '{customers} 位客户（占客户 {customerShare}）· 销售额 {revenue}（占销售额 {revenueShare}）',
      goal: '目标',
      owner: '负责人 / 部门',
      cadence: '截止时间或执行频率',
      kpi: 'KPI',
      kpiValue: '{name}，目标值 {target}',
      serviceLevel: '服务水平（响应时间）',
      channel: '渠道',
      contactFrequency: '触达频率',
      actions: '行动',
      none: '—',
      colon: '：',
    };
    const chineseCard = card({ tier: '钻石', goal: '留住最好的客户', actions: ['专属客户经理'], kpi: { name: '续约率', target: '≥ 98%' } });
    const text = playbookMarkdown({ schemeName: '钻石 / 黄金 / 白银', asOfDate: '1998-07-01', cards: [chineseCard], counts: [1178], revenueCents: [150_000_00], totalCustomers: 23570, labels });
    expect(text.split('\n').slice(0, 10)).toEqual([
      '# 策略手册：钻石 / 黄金 / 白银',
      '',
      '截至 1998-07-01 · 23,570 位客户',
      '',
      '## 钻石',
      '',
      '1,178 位客户（占客户 5.0%）· 销售额 150000.00（占销售额 100.0%）',
      '',
      '- **目标：** 留住最好的客户',
      '- **负责人 / 部门：** Key accounts',
    ]);
    expect(text).toContain('\n- **KPI：** 续约率，目标值 ≥ 98%\n');
    expect(text.endsWith('### 行动\n\n- 专属客户经理\n')).toBe(true);
  });
});
