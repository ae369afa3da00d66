import { zhCNAttributes } from './zh-CN/attributes';
import { zhCNCohorts } from './zh-CN/cohorts';
import { zhCNCore } from './zh-CN/core';
import { zhCNCrosstab } from './zh-CN/crosstab';
import { zhCNHealth } from './zh-CN/health';
import { zhCNLifecycle } from './zh-CN/lifecycle';
import { zhCNMigration } from './zh-CN/migration';
import { zhCNOffline } from './zh-CN/offline';
import { zhCNProfile } from './zh-CN/profile';
import { zhCNRules } from './zh-CN/rules';
import { zhCNStrategy } from './zh-CN/strategy';
import { zhCNTiers } from './zh-CN/tiers';
import { zhCNWarnings } from './zh-CN/warnings';

/** 简体中文界面文字：与 en.ts 键相同，按功能区拆分在 zh-CN/ 目录下。 */
export const zhCN: Record<string, string> = {
  ...zhCNRules,
  ...zhCNOffline,
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
  ...zhCNCore,
};
