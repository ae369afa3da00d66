/** English strings of the health view (spread into en.ts). */
export const enHealth = {
} as const;
