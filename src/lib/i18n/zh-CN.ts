import { zhCNAttributes } from './zh-CN/attributes';
import { zhCNCharts } from './zh-CN/charts';
import { zhCNCohorts } from './zh-CN/cohorts';
import { zhCNCore } from './zh-CN/core';
import { zhCNCrosstab } from './zh-CN/crosstab';
import { zhCNDefinitions } from './zh-CN/definitions';
import { zhCNHealth } from './zh-CN/health';
import { zhCNLifecycle } from './zh-CN/lifecycle';
import { zhCNMigration } from './zh-CN/migration';
import { zhCNOffline } from './zh-CN/offline';
import { zhCNProjects } from './zh-CN/projects';
import { zhCNWhatIf } from './zh-CN/whatif';
import { zhCNProfile } from './zh-CN/profile';
import { zhCNRules } from './zh-CN/rules';
import { zhCNStrategy } from './zh-CN/strategy';
import { zhCNTiers } from './zh-CN/tiers';
import { zhCNWarnings } from './zh-CN/warnings';
import { zhCNWorkshop } from './zh-CN/workshop';

/** 简体中文界面文字：与 en.ts 键相同，按功能区拆分在 zh-CN/ 目录下。 */
export const zhCN: Record<string, string> = {
  ...zhCNCharts,
  ...zhCNRules,
  ...zhCNOffline,
  ...zhCNProjects,
  ...zhCNDefinitions,
  ...zhCNWhatIf,
  ...zhCNLifecycle,
  ...zhCNCohorts,
  ...zhCNMigration,
  ...zhCNWarnings,
  ...zhCNTiers,
  ...zhCNHealth,
  ...zhCNStrategy,
  ...zhCNProfile,
  ...zhCNCrosstab,
  ...zhCNAttributes,
  ...zhCNWorkshop,
  ...zhCNCore,
};
