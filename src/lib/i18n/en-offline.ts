/** English strings of the offline views (spread into en.ts). */
export const enOffline = {
} as const;
