import { TEXTS } from './i18n.js';
import type { InterviewType } from './interview.js';
import { formatDuration, formatInterviewDate, formatInterviewTime } from './interview-formatting.js';
import type { Language } from './languages.js';

interface Wording {
  subject: (type: string, jobTitle: string) => string;
  greeting: (firstName: string) => string;
  changed: (type: string, jobTitle: string) => string;
  when: string;
  duration: string;
  where: string;
  messageIntro: string;
  answerAgain: (link: string) => string;
  closing: (sender: string, company: string) => string;
}

const WORDING: Record<Language, Wording> = {
  da: {
    subject: (type, jobTitle) => `Ændret: ${type} om ${jobTitle}`,
    greeting: (firstName) => `Kære ${firstName}`,
    changed: (type, jobTitle) => `Vi har ændret din ${type} om stillingen ${jobTitle}. Her er de nye oplysninger:`,
    when: 'Tidspunkt',
    duration: 'Varighed',
    where: 'Sted',
    messageIntro: 'Besked fra os:',
    answerAgain: (link) => `Svar venligst igen, om du kan deltage: ${link}`,
    closing: (sender, company) => `Venlig hilsen\n${sender}\n${company}`,
  },
  en: {
    subject: (type, jobTitle) => `Changed: ${type} for ${jobTitle}`,
    greeting: (firstName) => `Dear ${firstName},`,
    changed: (type, jobTitle) => `We have changed your ${type} for the position ${jobTitle}. These are the new details:`,
    when: 'When',
    duration: 'Duration',
    where: 'Where',
    messageIntro: 'A message from us:',
    answerAgain: (link) => `Please let us know again whether you can attend: ${link}`,
    closing: (sender, company) => `Kind regards\n${sender}\n${company}`,
  },
  sv: {
    subject: (type, jobTitle) => `Ändrad: ${type} om ${jobTitle}`,
    greeting: (firstName) => `Hej ${firstName}!`,
    changed: (type, jobTitle) => `Vi har ändrat din ${type} om tjänsten ${jobTitle}. Här är de nya uppgifterna:`,
    when: 'Tid',
    duration: 'Längd',
    where: 'Plats',
    messageIntro: 'Ett meddelande från oss:',
    answerAgain: (link) => `Svara gärna igen om du kan delta: ${link}`,
    closing: (sender, company) => `Vänliga hälsningar\n${sender}\n${company}`,
  },
  nb: {
    subject: (type, jobTitle) => `Endret: ${type} om ${jobTitle}`,
    greeting: (firstName) => `Hei ${firstName}!`,
    changed: (type, jobTitle) => `Vi har endret ditt ${type} om stillingen ${jobTitle}. Her er de nye opplysningene:`,
    when: 'Tidspunkt',
    duration: 'Varighet',
    where: 'Sted',
    messageIntro: 'En beskjed fra oss:',
    answerAgain: (link) => `Svar gjerne på nytt om du kan delta: ${link}`,
    closing: (sender, company) => `Vennlig hilsen\n${sender}\n${company}`,
  },
};

export interface ChangeInput {
  language: Language;
  timeZone: string;
  type: InterviewType;
  startsAt: Date;
  endsAt: Date;
  durationMinutes: number;
  where: string | null;
  jobTitle: string;
  companyName: string;
  firstName: string;
  sender: string;
  message: string | null;
  /** The candidate's link (a placeholder until sending); their earlier answer no longer holds. */
  confirmLink: string;
}

/** The email that tells a candidate their interview has moved or changed, asking them to answer again. */
export function changeEmail(input: ChangeInput): { subject: string; text: string } {
  const wording = WORDING[input.language];
  const type = TEXTS[input.language].interviewTypes[input.type];
  const details = [
    `${wording.when}: ${formatInterviewDate(input.startsAt, input.timeZone, input.language)}, ${formatInterviewTime(input.startsAt, input.endsAt, input.timeZone, input.language)}`,
    `${wording.duration}: ${formatDuration(input.durationMinutes, input.language)}`,
    ...(input.where ? [`${wording.where}: ${input.where}`] : []),
  ];
  const paragraphs = [
    wording.greeting(input.firstName),
    `${wording.changed(type, input.jobTitle)}\n${details.join('\n')}`,
    ...(input.message ? [`${wording.messageIntro}\n${input.message}`] : []),
    wording.answerAgain(input.confirmLink),
    wording.closing(input.sender, input.companyName),
  ];
  return { subject: wording.subject(type, input.jobTitle).replace(/\s+/g, ' '), text: paragraphs.join('\n\n') };
}
