/**
 * Errors the application means to show to a client. Each carries a stable code; the HTTP layer maps codes
 * to statuses in one table. Anything else that is thrown is a bug and reaches a client only as "internal_error".
 */
export type ErrorCode =
  | 'validation_failed'
  | 'unauthenticated'
  | 'forbidden'
  | 'not_found'
  | 'conflict'
  | 'rate_limited';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string) => new AppError('not_found', `${what} was not found.`);
export const unauthenticated = (message = 'You are not logged in.') => new AppError('unauthenticated', message);

/** A request that passed the schema but breaks a rule; shaped like a schema error so clients handle one form. */
export function invalidField(field: string, message: string): AppError {
  return new AppError('validation_failed', `body.${field} ${message}`, [{ field, in: 'body', message }]);
}
