import type { TFunction } from 'i18next';
import { ApiError } from '../api/client';

/** Codes whose meaning does not depend on the screen get a sentence from the catalog in the user's language. */
const KNOWN_CODES = ['network', 'not_found', 'forbidden', 'rate_limited', 'internal_error', 'unauthenticated'] as const;

/**
 * A readable sentence for any failure. The server's own message (English) is the fallback: it is written for
 * people and names what was wrong, which beats a generic sentence.
 */
export function errorText(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    const known = (KNOWN_CODES as readonly string[]).includes(error.code) ? error.code : null;
    if (known) return t(`errors.${known}`);
    if (error.message) return error.message;
  }
  return t('errors.unexpected');
}
