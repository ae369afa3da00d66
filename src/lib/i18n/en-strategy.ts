/** English strings of the strategy views (spread into en.ts). */
export const enStrategy = {
} as const;
