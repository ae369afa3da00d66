/** English strings of the tiers view (spread into en.ts). */
export const enTiers = {
} as const;
