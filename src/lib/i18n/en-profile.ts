/** English strings of the profile views (spread into en.ts). */
export const enProfile = {
} as const;
