/** The result views, in tab order. */
export const VIEW_TABS = ['rfm', 'segments', 'whatif', 'distributions', 'clusters', 'lifecycle', 'cohorts', 'warnings', 'migration', 'tiers', 'health', 'playbook', 'customers', 'report'] as const;
export type ViewTab = (typeof VIEW_TABS)[number];

/** Which view is shown: state rather than a local of App, so the tour and presenter mode can move between views. */
export class ViewState {
  tab = $state<ViewTab>('rfm');
}
