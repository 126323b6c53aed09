import { candidateEmailHtml } from './candidate-email-html.js';
import type { Language } from './languages.js';
import { renderText, type LetterValues } from './template.js';
import type { EmailLogo } from './organisation-logo.js';

export interface RenderedEmail {
  subject: string;
  text: string;
  html: string;
}

/**
 * An email to a candidate from its wording (a recruiter's template or Samtale's own, with variables) and one
 * candidate's values: the subject on one line, the plain text, and the HTML part headed by the organisation's logo
 * when it has one. Text and HTML come from the same words, so they never tell different things.
 */
export function renderCandidateEmail(wording: { subject: string; body: string }, values: LetterValues, language: Language, logo: EmailLogo | null): RenderedEmail {
  return {
    subject: renderText(wording.subject, values).replace(/\s+/g, ' ').trim(),
    text: renderText(wording.body, values),
    html: candidateEmailHtml(wording.body, values, language, logo),
  };
}
