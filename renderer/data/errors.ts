/** A rejected edit: messages per field, shown next to the field. Nothing was saved. */
export class ValidationError extends Error {
  constructor(readonly fieldErrors: Record<string, string>) {
    super(Object.entries(fieldErrors).map(([field, message]) => `${field}: ${message}`).join('\n'));
    this.name = 'ValidationError';
  }
}

/** A rule of the workshop stops the change (e.g. removing a table that holds a map). */
export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

export function firstIssueMessage(error: { issues: ReadonlyArray<{ message: string }> }): string {
  return error.issues[0]?.message ?? 'This value is not valid';
}

/** Shows a rejected edit's first message through `show` (a form that shows one error); anything else is rethrown. */
export function showValidationError(error: unknown, show: (message: string) => void): void {
  if (!(error instanceof ValidationError)) throw error;
  show(Object.values(error.fieldErrors)[0] ?? error.message);
}
