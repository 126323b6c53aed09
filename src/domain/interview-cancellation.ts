import { TEXTS } from './i18n.js';
import type { InterviewType } from './interview.js';
import { formatInterviewDate, formatInterviewTime } from './interview-formatting.js';
import type { Language } from './languages.js';

interface Wording {
  subject: (type: string, jobTitle: string) => string;
  greeting: (firstName: string) => string;
  cancelled: (type: string, date: string, time: string, jobTitle: string) => string;
  messageIntro: string;
  closing: (sender: string, company: string) => string;
}

const WORDING: Record<Language, Wording> = {
  da: {
    subject: (type, jobTitle) => `Aflyst: ${type} om ${jobTitle}`,
    greeting: (firstName) => `Kære ${firstName}`,
    cancelled: (type, date, time, jobTitle) => `Din ${type} ${date} kl. ${time} om stillingen ${jobTitle} er desværre aflyst.`,
    messageIntro: 'Besked fra os:',
    closing: (sender, company) => `Venlig hilsen\n${sender}\n${company}`,
  },
  en: {
    subject: (type, jobTitle) => `Cancelled: ${type} for ${jobTitle}`,
    greeting: (firstName) => `Dear ${firstName},`,
    cancelled: (type, date, time, jobTitle) => `We are sorry to tell you that your ${type} on ${date} at ${time} for the position ${jobTitle} has been cancelled.`,
    messageIntro: 'A message from us:',
    closing: (sender, company) => `Kind regards\n${sender}\n${company}`,
  },
  sv: {
    subject: (type, jobTitle) => `Inställd: ${type} om ${jobTitle}`,
    greeting: (firstName) => `Hej ${firstName}!`,
    cancelled: (type, date, time, jobTitle) => `Tyvärr är din ${type} ${date} kl. ${time} om tjänsten ${jobTitle} inställd.`,
    messageIntro: 'Ett meddelande från oss:',
    closing: (sender, company) => `Vänliga hälsningar\n${sender}\n${company}`,
  },
  nb: {
    subject: (type, jobTitle) => `Avlyst: ${type} om ${jobTitle}`,
    greeting: (firstName) => `Hei ${firstName}!`,
    cancelled: (type, date, time, jobTitle) => `Dessverre er ditt ${type} ${date} kl. ${time} om stillingen ${jobTitle} avlyst.`,
    messageIntro: 'En beskjed fra oss:',
    closing: (sender, company) => `Vennlig hilsen\n${sender}\n${company}`,
  },
};

export interface CancellationInput {
  language: Language;
  timeZone: string;
  type: InterviewType;
  startsAt: Date;
  endsAt: Date;
  jobTitle: string;
  companyName: string;
  firstName: string;
  sender: string;
  /** The recruiter's own words, if any; written to the person as given. */
  message: string | null;
}

/** The email that tells someone an interview is off; it carries the calendar's METHOD:CANCEL. */
export function cancellationEmail(input: CancellationInput): { subject: string; text: string } {
  const wording = WORDING[input.language];
  const type = TEXTS[input.language].interviewTypes[input.type];
  const date = formatInterviewDate(input.startsAt, input.timeZone, input.language);
  const time = formatInterviewTime(input.startsAt, input.endsAt, input.timeZone, input.language);
  const paragraphs = [
    wording.greeting(input.firstName),
    wording.cancelled(type, date, time, input.jobTitle),
    ...(input.message ? [`${wording.messageIntro}\n${input.message}`] : []),
    wording.closing(input.sender, input.companyName),
  ];
  return { subject: wording.subject(type, input.jobTitle).replace(/\s+/g, ' '), text: paragraphs.join('\n\n') };
}
