/** English strings of the warnings views (spread into en.ts). */
export const enWarnings = {
} as const;
