import createClient from 'openapi-fetch';
import type { components, paths } from './schema';

/** The one way the web app talks to the server: typed by the server's own OpenAPI document. */
export const api = createClient<paths>({ baseUrl: window.location.origin, credentials: 'same-origin' });

type ErrorBody = components['schemas']['Error'];

/** An answer from the API that is not a success, with the server's sentence for people. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  get isUnauthenticated(): boolean {
    return this.status === 401;
  }
}

function isErrorBody(value: unknown): value is ErrorBody {
  return typeof value === 'object' && value !== null && 'error' in value && typeof (value as ErrorBody).error?.message === 'string';
}

/**
 * The data of a successful answer, or an ApiError. A server that cannot be reached becomes an ApiError with
 * status 0, so every screen shows one kind of error.
 */
export async function unwrap<T>(request: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await request;
  } catch {
    throw new ApiError(0, 'network', '');
  }
  if (result.response.ok) return result.data as T;
  const body = result.error;
  if (isErrorBody(body)) throw new ApiError(result.response.status, body.error.code, body.error.message, body.error.details);
  throw new ApiError(result.response.status, 'unexpected', '');
}
