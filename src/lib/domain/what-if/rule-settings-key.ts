/** Fields of the settings that belong to the loaded file, not to the rules: never undone or saved in a scenario step. */
const DATA_FIELDS = new Set(['mapping', 'read']);

/**
 * A text that is equal for two settings objects exactly when their rule choices are equal (the file's
 * mapping and read options left out); used to tell a real edit from a no-op.
 */
export function ruleSettingsKey(settings: object): string {
  return JSON.stringify(settings, function (this: unknown, key: string, value: unknown) {
    return this === settings && DATA_FIELDS.has(key) ? undefined : value;
  });
}
