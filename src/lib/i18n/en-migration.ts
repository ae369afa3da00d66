/** English strings of the migration views (spread into en.ts). */
export const enMigration = {
} as const;
