/** Chinese strings of the rules views. */
export const zhCNRules: Record<string, string> = {};
