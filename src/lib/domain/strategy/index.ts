export { CARD_TEXT_FIELDS, cardFromTemplate, cloneCard, filledActions, sameCard, type CardTemplate, type CardTextField, type StrategyCard, type StrategyKpi } from './cards';
export { CARD_LANGUAGES, GENERIC_TEMPLATE, GENERIC_TEMPLATE_ZH_CN, isTemplateCard, STRATEGY_TEMPLATES, STRATEGY_TEMPLATES_ZH_CN, templateCard, type CardLanguage } from './templates';
export { cardsFor, withCard, withTemplateCard } from './cards-for-scheme';
export { escapeMarkdown } from './markdown-escape';
export { PLAYBOOK_FORMATS_PLAIN, PLAYBOOK_LABELS_EN, playbookFileName, playbookMarkdown, type PlaybookFormats, type PlaybookInput, type PlaybookLabels } from './playbook-markdown';
export { ACTION_SEPARATOR, CARD_CUSTOMER_HEADER, cardCustomerRows, type CardCustomerColumns } from './card-customers-csv';
