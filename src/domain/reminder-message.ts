import type { Language } from './languages.js';
import { plainSmsText } from './sms-segments.js';
import { renderCandidateEmail, type RenderedEmail } from './candidate-email.js';
import { renderText, type TemplateValues } from './template.js';
import type { EmailLogo } from './organisation-logo.js';

/**
 * The text of an email reminder from the recruiter's body and signature, which the source asks for separately: the
 * body, a blank line, the signature. Whitespace at the seam is the recruiter's accident, not intent — a body ending in
 * blank lines, a signature starting with some, or an empty signature — so it is trimmed there and nowhere else, and
 * the email never ends in a dangling blank line.
 */
export function reminderEmailBody(body: string, signature: string): string {
  const content = body.trimEnd();
  // Only whole blank lines go from the start of the signature, so an indented first line keeps its indent.
  const signOff = signature.replace(/^(?:[ \t]*(?:\r\n?|\n))+/, '').trimEnd();
  if (signOff === '') return content;
  if (content === '') return signOff;
  return `${content}\n\n${signOff}`;
}

export interface ReminderEmailParts {
  subject: string;
  body: string;
  signature: string;
}

/** A reminder email rendered for one candidate: subject, plain text and HTML (headed by the logo, if any), each with the variables filled in. */
export function renderReminderEmail(parts: ReminderEmailParts, values: TemplateValues, language: Language, logo: EmailLogo | null): RenderedEmail {
  return renderCandidateEmail({ subject: parts.subject, body: reminderEmailBody(parts.body, parts.signature) }, values, language, logo);
}

/** A reminder SMS rendered for one candidate; typographic dashes and quotes would make it UCS-2 and double its cost. */
export function renderReminderSms(text: string, values: TemplateValues): string {
  return plainSmsText(renderText(text, values).trim());
}
