/** Chinese strings of the offline views. */
export const zhCNOffline: Record<string, string> = {};
