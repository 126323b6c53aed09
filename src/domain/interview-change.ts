import type { RenderedEmail } from './candidate-email.js';
import { interviewLetter, type LetterWording } from './interview-letter.js';
import type { Language } from './languages.js';
import type { TemplateValues } from './template.js';
import type { EmailLogo } from './organisation-logo.js';

// The type is named in the subject and the details, not in the sentence: Danish, Swedish and Norwegian bend its
// adjective after "din"/"ditt" (din personlige samtale), which a variable cannot.
const WORDING: Record<Language, LetterWording> = {
  da: {
    subject: 'Ændret: {interviewtype} om {jobtitle}',
    intro: 'Vi har ændret din samtale om stillingen {jobtitle}. Her er de nye oplysninger:',
    request: 'Svar venligst igen, om du kan deltage: {confirmlink}',
  },
  en: {
    subject: 'Changed: {interviewtype} for {jobtitle}',
    intro: 'We have changed your {interviewtype} for the position {jobtitle}. These are the new details:',
    request: 'Please let us know again whether you can attend: {confirmlink}',
  },
  sv: {
    subject: 'Ändrad: {interviewtype} om {jobtitle}',
    intro: 'Vi har ändrat din intervju om tjänsten {jobtitle}. Här är de nya uppgifterna:',
    request: 'Svara gärna igen om du kan delta: {confirmlink}',
  },
  nb: {
    subject: 'Endret: {interviewtype} om {jobtitle}',
    intro: 'Vi har endret intervjuet ditt om stillingen {jobtitle}. Her er de nye opplysningene:',
    request: 'Svar gjerne på nytt om du kan delta: {confirmlink}',
  },
};

/**
 * The email that tells a candidate their interview has moved or changed, with the new details, asking them to answer
 * again through their link (`values.confirmlink`: their earlier answer no longer holds).
 */
export function changeEmail(values: TemplateValues, language: Language, message: string | null, logo: EmailLogo | null): RenderedEmail {
  return interviewLetter(WORDING[language], values, language, message, logo);
}
