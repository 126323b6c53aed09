/** An ApiError as far as these rules read it; structural, so they stay free of the browser-bound client. */
interface Refusal {
  code: string;
  message: string;
  details?: unknown;
}

function isRefusal(error: unknown): error is Refusal {
  return typeof error === 'object' && error !== null && typeof (error as Refusal).code === 'string' && typeof (error as Refusal).message === 'string';
}

/**
 * The field a refusal names, as a path in the request ("email.variants.da.body"). The server writes it either
 * bare (its own rules) or under "body." (the schema's), so both are read alike.
 */
export function refusedField(error: unknown): string | null {
  if (!isRefusal(error) || !Array.isArray(error.details)) return null;
  const first: unknown = error.details[0];
  if (typeof first !== 'object' || first === null || !('field' in first) || typeof first.field !== 'string') return null;
  return first.field.replace(/^body\./, '');
}

/** Why a send was refused, sorted into what the screen can say in the recruiter's language. */
export type RefusalReason =
  | { kind: 'unknown_variable'; variable: string }
  | { kind: 'too_many_sms_segments' }
  | { kind: 'blank' }
  | { kind: 'sender' }
  | { kind: 'missing_mobile' }
  | { kind: 'other' };

/** The server's sentences are English; these are the ones step 2 can cause, recognised by code, field and wording. */
export function refusalReason(error: unknown): RefusalReason {
  if (!isRefusal(error)) return { kind: 'other' };
  if (error.code === 'conflict' && /mobile/i.test(error.message)) return { kind: 'missing_mobile' };
  const field = refusedField(error);
  if (error.code !== 'validation_failed' || !field) return { kind: 'other' };
  const variable = /unknown variable \{([^}]*)\}/.exec(error.message)?.[1];
  if (variable !== undefined) return { kind: 'unknown_variable', variable };
  if (/SMS segments/.test(error.message)) return { kind: 'too_many_sms_segments' };
  if (field === 'email.from') return { kind: 'sender' };
  if (/fewer than 1 characters|must match pattern/.test(error.message)) return { kind: 'blank' };
  return { kind: 'other' };
}

/** A text field of step 2 as the recruiter knows it: which text, which part, in which language. */
export type NamedField =
  | { text: 'email' | 'reminderEmail' | 'reminderSms'; part: string; language: string }
  | { text: 'sender' };

/** The field a request path stands for, or null for one outside step 2 (the interview's, say). */
export function namedField(path: string): NamedField | null {
  if (path === 'email.from') return { text: 'sender' };
  const match = /^(email|reminder\.email|reminder\.sms)\.variants\.([a-z]{2})\.(subject|body|signature|text)$/.exec(path);
  if (!match) return null;
  const [, text, language = '', part = ''] = match;
  return { text: text === 'email' ? 'email' : text === 'reminder.email' ? 'reminderEmail' : 'reminderSms', part, language };
}
