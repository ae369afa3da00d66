import type { PlaybookLabels } from '../../lib/domain/strategy';
import { t } from '../../lib/i18n';

/** The Markdown export's labels in the interface language (placeholders left for the export to fill). */
export function playbookLabels(): PlaybookLabels {
  return {
    title: t('strategy.md.title'),
    asOf: t('strategy.md.as_of'),
    tierLine: t('strategy.md.tier_line'),
    goal: t('strategy.field.goal'),
    owner: t('strategy.field.owner'),
    cadence: t('strategy.field.cadence'),
    kpi: t('strategy.field.kpi'),
    kpiValue: t('strategy.md.kpi_value'),
    serviceLevel: t('strategy.field.service_level'),
    channel: t('strategy.field.channel'),
    contactFrequency: t('strategy.field.contact_frequency'),
    actions: t('strategy.field.actions'),
    none: t('strategy.md.none'),
    colon: t('strategy.md.colon'),
  };
}
