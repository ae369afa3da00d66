/** English strings of the cohorts views (spread into en.ts). */
export const enCohorts = {
} as const;
