import { TEXTS } from './i18n.js';
import type { InterviewType } from './interview.js';
import { formatDuration, formatInterviewDate, formatInterviewTime, formatNameList } from './interview-formatting.js';
import type { Language } from './languages.js';

interface Labels {
  subject: (type: string, candidates: string, jobTitle: string) => string;
  intro: (type: string, jobTitle: string, invitedBy: string) => string;
  /** To a recruiter taken off the interview: the subject's prefix and the first line. */
  removedSubject: string;
  removed: (jobTitle: string, changedBy: string) => string;
  when: string;
  duration: string;
  where: string;
  candidates: string;
  recruiters: string;
}

const LABELS: Record<Language, Labels> = {
  da: {
    subject: (type, candidates, jobTitle) => `${capitalise(type)}: ${candidates} – ${jobTitle}`,
    removedSubject: 'Ikke længere med',
    removed: (jobTitle, changedBy) => `Du er ikke længere med til denne samtale om stillingen ${jobTitle}: ${changedBy} har ændret, hvem der deltager.`,
    intro: (type, jobTitle, invitedBy) => `${invitedBy} har inviteret til en ${type} om stillingen ${jobTitle}, og du er med.`,
    when: 'Tidspunkt',
    duration: 'Varighed',
    where: 'Sted',
    candidates: 'Kandidater',
    recruiters: 'Medvirkende rekruttører',
  },
  en: {
    subject: (type, candidates, jobTitle) => `${capitalise(type)}: ${candidates} – ${jobTitle}`,
    removedSubject: 'No longer taking part',
    removed: (jobTitle, changedBy) => `You are no longer taking part in this interview for the position ${jobTitle}: ${changedBy} has changed who takes part.`,
    intro: (type, jobTitle, invitedBy) => `${invitedBy} has scheduled a ${type} for the position ${jobTitle}, and you are taking part.`,
    when: 'When',
    duration: 'Duration',
    where: 'Where',
    candidates: 'Candidates',
    recruiters: 'Participating recruiters',
  },
  sv: {
    subject: (type, candidates, jobTitle) => `${capitalise(type)}: ${candidates} – ${jobTitle}`,
    removedSubject: 'Deltar inte längre',
    removed: (jobTitle, changedBy) => `Du deltar inte längre i den här intervjun för tjänsten ${jobTitle}: ${changedBy} har ändrat vilka som deltar.`,
    intro: (type, jobTitle, invitedBy) => `${invitedBy} har bokat en ${type} för tjänsten ${jobTitle}, och du deltar.`,
    when: 'Tid',
    duration: 'Längd',
    where: 'Plats',
    candidates: 'Kandidater',
    recruiters: 'Medverkande rekryterare',
  },
  nb: {
    subject: (type, candidates, jobTitle) => `${capitalise(type)}: ${candidates} – ${jobTitle}`,
    removedSubject: 'Deltar ikke lenger',
    removed: (jobTitle, changedBy) => `Du deltar ikke lenger i dette intervjuet for stillingen ${jobTitle}: ${changedBy} har endret hvem som deltar.`,
    intro: (type, jobTitle, invitedBy) => `${invitedBy} har avtalt et ${type} for stillingen ${jobTitle}, og du deltar.`,
    when: 'Tidspunkt',
    duration: 'Varighet',
    where: 'Sted',
    candidates: 'Kandidater',
    recruiters: 'Medvirkende rekrutterere',
  },
};

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

export interface RecruiterNoticeInput {
  language: Language;
  timeZone: string;
  type: InterviewType;
  jobTitle: string;
  invitedBy: string;
  startsAt: Date;
  endsAt: Date;
  durationMinutes: number;
  where: string | null;
  candidateNames: string[];
  recruiterNames: string[];
  /** For a recruiter taken off the interview, with its cancellation. */
  removed?: boolean;
}

/**
 * The email that carries an interview's calendar invitation to its recruiters, in the organisation's language.
 * Plain text: it is an internal notice, and its calendar part is what matters.
 */
export function recruiterNotice(input: RecruiterNoticeInput): { subject: string; text: string } {
  const labels = LABELS[input.language];
  const type = TEXTS[input.language].interviewTypes[input.type];
  const candidates = formatNameList(input.candidateNames, input.language);
  const lines = [
    input.removed ? labels.removed(input.jobTitle, input.invitedBy) : labels.intro(type, input.jobTitle, input.invitedBy),
    '',
    `${labels.when}: ${formatInterviewDate(input.startsAt, input.timeZone, input.language)}, ${formatInterviewTime(input.startsAt, input.endsAt, input.timeZone, input.language)}`,
    `${labels.duration}: ${formatDuration(input.durationMinutes, input.language)}`,
    ...(input.where ? [`${labels.where}: ${input.where}`] : []),
    `${labels.candidates}: ${candidates}`,
    `${labels.recruiters}: ${formatNameList(input.recruiterNames, input.language)}`,
  ];
  const subject = labels.subject(type, candidates, input.jobTitle).replace(/\s+/g, ' ');
  return { subject: input.removed ? `${labels.removedSubject}: ${subject}` : subject, text: lines.join('\n') };
}
