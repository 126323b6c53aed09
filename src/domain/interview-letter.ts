import { renderCandidateEmail, type RenderedEmail } from './candidate-email.js';
import type { Language } from './languages.js';
import type { TemplateValues } from './template.js';
import type { EmailLogo } from './organisation-logo.js';

/** What Samtale's own letters about an interview share, in each language: greeting, the details' labels, sign-off. */
const COMMON: Record<Language, { greeting: string; when: string; duration: string; where: string; messageIntro: string; closing: string }> = {
  da: { greeting: 'Kære {firstname}', when: 'Tidspunkt', duration: 'Varighed', where: 'Sted', messageIntro: 'Besked fra os:', closing: 'Venlig hilsen\n{sender}\n{companyname}' },
  en: { greeting: 'Dear {firstname},', when: 'When', duration: 'Duration', where: 'Where', messageIntro: 'A message from us:', closing: 'Kind regards\n{sender}\n{companyname}' },
  sv: { greeting: 'Hej {firstname}!', when: 'Tid', duration: 'Längd', where: 'Plats', messageIntro: 'Ett meddelande från oss:', closing: 'Vänliga hälsningar\n{sender}\n{companyname}' },
  nb: { greeting: 'Hei {firstname}!', when: 'Tidspunkt', duration: 'Varighet', where: 'Sted', messageIntro: 'En beskjed fra oss:', closing: 'Vennlig hilsen\n{sender}\n{companyname}' },
};

/** The wording of one kind of letter in one language, with template variables. */
export interface LetterWording {
  subject: string;
  /** The sentence that says what happened, before the interview's details. */
  intro: string;
  /** What the reader is asked to do, after the recruiter's message (answer again through the link, say). */
  request?: string;
}

/**
 * A letter about an interview that moved or was cancelled: greeting, what happened, the interview's details as a
 * block, the recruiter's message passed on as written, what to do, the sign-off. Rendered like every email to a
 * candidate, so the HTML part has the organisation's logo and name on top and the link as a button, and the
 * candidate's and recruiter's words are escaped there.
 */
export function interviewLetter(wording: LetterWording, values: TemplateValues, language: Language, message: string | null, logo: EmailLogo | null): RenderedEmail {
  const common = COMMON[language];
  const details = [`${common.when}: {interviewdate}, {interviewtime}`, `${common.duration}: {duration}`, ...(values.location ? [`${common.where}: {location}`] : [])];
  const paragraphs = [
    common.greeting,
    wording.intro,
    details.join('\n'),
    ...(message ? [`${common.messageIntro}\n{message}`] : []),
    ...(wording.request ? [wording.request] : []),
    common.closing,
  ];
  return renderCandidateEmail({ subject: wording.subject, body: paragraphs.join('\n\n') }, { ...values, message: message ?? '' }, language, logo);
}
