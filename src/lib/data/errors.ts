/** A failed database step: the SQL that failed and a message for the person using the app. */
export class DataError extends Error {
  constructor(
    readonly userMessageKey: string,
    override readonly cause: unknown,
    readonly sql?: string,
  ) {
    super(cause instanceof Error ? cause.message : String(cause));
    this.name = 'DataError';
  }
}
