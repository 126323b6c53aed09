import type { Answer } from './response-status.js';
import type { Language } from './languages.js';
import { formatInterviewDate, formatInterviewTime } from './interview-formatting.js';

interface Wording {
  answers: Record<Answer, string>;
  subject: (candidate: string, answer: string, jobTitle: string) => string;
  intro: (candidate: string, date: string, time: string, jobTitle: string) => string;
  message: string;
  withdrawn: string;
}

/** The source's status names ("Acc. time"), as recruiters know them. */
const WORDING: Record<Language, Wording> = {
  da: {
    answers: { accepted: 'Accepteret', declined: 'Ikke accepteret', new_time_requested: 'Kontakt for nyt tidspkt.', not_relevant: 'Ikke relevant – ansøgningen er trukket tilbage' },
    subject: (candidate, answer, jobTitle) => `${candidate}: ${answer} – ${jobTitle}`,
    intro: (candidate, date, time, jobTitle) => `${candidate} har svaret på invitationen til samtalen ${date} kl. ${time} om stillingen ${jobTitle}:`,
    message: 'Besked fra kandidaten:',
    withdrawn: 'Ansøgningens status er nu "Trukket sig", og påmindelser er annulleret.',
  },
  en: {
    answers: { accepted: 'Accepted', declined: 'Not accepted', new_time_requested: 'Contact for new time', not_relevant: 'Not relevant – the application has been withdrawn' },
    subject: (candidate, answer, jobTitle) => `${candidate}: ${answer} – ${jobTitle}`,
    intro: (candidate, date, time, jobTitle) => `${candidate} has answered the invitation to the interview on ${date} at ${time} for the position ${jobTitle}:`,
    message: 'Message from the candidate:',
    withdrawn: 'The application now has the status "Withdrawn", and reminders have been cancelled.',
  },
  sv: {
    answers: { accepted: 'Accepterad', declined: 'Inte accepterad', new_time_requested: 'Kontakta för ny tid', not_relevant: 'Inte relevant – ansökan har dragits tillbaka' },
    subject: (candidate, answer, jobTitle) => `${candidate}: ${answer} – ${jobTitle}`,
    intro: (candidate, date, time, jobTitle) => `${candidate} har svarat på inbjudan till intervjun ${date} kl. ${time} om tjänsten ${jobTitle}:`,
    message: 'Meddelande från kandidaten:',
    withdrawn: 'Ansökan har nu statusen "Återkallad", och påminnelser har ställts in.',
  },
  nb: {
    answers: { accepted: 'Akseptert', declined: 'Ikke akseptert', new_time_requested: 'Kontakt for nytt tidspunkt', not_relevant: 'Ikke relevant – søknaden er trukket' },
    subject: (candidate, answer, jobTitle) => `${candidate}: ${answer} – ${jobTitle}`,
    intro: (candidate, date, time, jobTitle) => `${candidate} har svart på invitasjonen til intervjuet ${date} kl. ${time} om stillingen ${jobTitle}:`,
    message: 'Beskjed fra kandidaten:',
    withdrawn: 'Søknaden har nå statusen "Trukket", og påminnelser er avlyst.',
  },
};

export interface AnswerNoticeInput {
  language: Language;
  timeZone: string;
  candidateName: string;
  jobTitle: string;
  startsAt: Date;
  endsAt: Date;
  answer: Answer;
  message: string | null;
}

/** The email that tells the participating recruiters how a candidate answered, in the organisation's language. */
export function answerNotice(input: AnswerNoticeInput): { subject: string; text: string } {
  const wording = WORDING[input.language];
  const answer = wording.answers[input.answer];
  const date = formatInterviewDate(input.startsAt, input.timeZone, input.language);
  const time = formatInterviewTime(input.startsAt, input.endsAt, input.timeZone, input.language);
  const paragraphs = [
    `${wording.intro(input.candidateName, date, time, input.jobTitle)}\n${answer}`,
    ...(input.message ? [`${wording.message}\n${input.message}`] : []),
    ...(input.answer === 'not_relevant' ? [wording.withdrawn] : []),
  ];
  return { subject: wording.subject(input.candidateName, answer, input.jobTitle).replace(/\s+/g, ' '), text: paragraphs.join('\n\n') };
}
