/** English strings of the rules views (spread into en.ts). */
export const enRules = {
} as const;
