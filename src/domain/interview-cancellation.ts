import type { RenderedEmail } from './candidate-email.js';
import { interviewLetter, type LetterWording } from './interview-letter.js';
import type { Language } from './languages.js';
import type { TemplateValues } from './template.js';
import type { EmailLogo } from './organisation-logo.js';

// As in interview-change.ts, the type is named in the subject and the details only, never after "din"/"ditt".
const WORDING: Record<Language, LetterWording> = {
  da: { subject: 'Aflyst: {interviewtype} om {jobtitle}', intro: 'Vi må desværre aflyse din samtale om stillingen {jobtitle}:' },
  en: { subject: 'Cancelled: {interviewtype} for {jobtitle}', intro: 'We are sorry to tell you that your {interviewtype} for the position {jobtitle} has been cancelled:' },
  sv: { subject: 'Inställd: {interviewtype} om {jobtitle}', intro: 'Tyvärr måste vi ställa in din intervju om tjänsten {jobtitle}:' },
  nb: { subject: 'Avlyst: {interviewtype} om {jobtitle}', intro: 'Dessverre må vi avlyse intervjuet ditt om stillingen {jobtitle}:' },
};

/** The email that tells someone an interview is off, with the interview's details; it carries the calendar's METHOD:CANCEL. */
export function cancellationEmail(values: TemplateValues, language: Language, message: string | null, logo: EmailLogo | null): RenderedEmail {
  return interviewLetter(WORDING[language], values, language, message, logo);
}
