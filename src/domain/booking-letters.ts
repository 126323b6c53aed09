import type { RenderedEmail } from './candidate-email.js';
import { interviewLetter, type LetterWording } from './interview-letter.js';
import type { Language } from './languages.js';
import type { EmailLogo } from './organisation-logo.js';
import type { TemplateValues } from './template.js';

// Samtale's own letters about a time the candidate booked: the confirmation (its calendar file puts the time in
// their calendar) and, when they cancel or change it, the release of the time they had (its calendar file takes it
// out). `{confirmlink}` is the booking page, where they change or cancel until the deadline.
const CONFIRMED: Record<Language, LetterWording> = {
  da: {
    subject: 'Bekræftet: {interviewtype} om {jobtitle}',
    intro: 'Tak, din tid er booket. Her er oplysningerne:',
    request: 'Du kan skifte til en anden tid eller aflyse her indtil fristen: {confirmlink}',
  },
  en: {
    subject: 'Confirmed: {interviewtype} for {jobtitle}',
    intro: 'Thank you, your time is booked. These are the details:',
    request: 'You can change to another time or cancel here until the deadline: {confirmlink}',
  },
  sv: {
    subject: 'Bekräftad: {interviewtype} om {jobtitle}',
    intro: 'Tack, din tid är bokad. Här är uppgifterna:',
    request: 'Du kan byta till en annan tid eller avboka här fram till sista dagen: {confirmlink}',
  },
  nb: {
    subject: 'Bekreftet: {interviewtype} om {jobtitle}',
    intro: 'Takk, timen din er bestilt. Her er opplysningene:',
    request: 'Du kan bytte til en annen tid eller avbestille her frem til fristen: {confirmlink}',
  },
};

const RELEASED: Record<Language, LetterWording> = {
  da: { subject: 'Frigivet: {interviewtype} om {jobtitle}', intro: 'Du har aflyst denne tid, og den er nu frigivet:' },
  en: { subject: 'Released: {interviewtype} for {jobtitle}', intro: 'You have cancelled this time, and it is now released:' },
  sv: { subject: 'Frisläppt: {interviewtype} om {jobtitle}', intro: 'Du har avbokat den här tiden, och den är nu ledig igen:' },
  nb: { subject: 'Frigitt: {interviewtype} om {jobtitle}', intro: 'Du har avbestilt denne tiden, og den er nå ledig igjen:' },
};

/** The confirmation of a booked time, with the way to change or cancel it. */
export function bookingConfirmationEmail(values: TemplateValues, language: Language, logo: EmailLogo | null): RenderedEmail {
  return interviewLetter(CONFIRMED[language], values, language, null, logo);
}

/** The time a candidate had, released when they cancelled the booking or changed to another time. */
export function bookingReleasedEmail(values: TemplateValues, language: Language, logo: EmailLogo | null): RenderedEmail {
  return interviewLetter(RELEASED[language], values, language, null, logo);
}

const REMINDER_PREFIX: Record<Language, string> = { da: 'Påmindelse', en: 'Reminder', sv: 'Påminnelse', nb: 'Påminnelse' };

/**
 * The subject of a reminder to book: the invitation's own, marked as a reminder once, however many are sent, so
 * the candidate's inbox threads them as one conversation.
 */
export function reminderToBookSubject(subject: string, language: Language): string {
  const prefix = `${REMINDER_PREFIX[language]}: `;
  return subject.startsWith(prefix) ? subject : `${prefix}${subject}`;
}
