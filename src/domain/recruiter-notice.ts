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
  /** An offered time a candidate booked, and one nobody has booked any longer. */
  booked: (jobTitle: string) => string;
  unbookedSubject: string;
  unbooked: (jobTitle: string) => string;
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
    booked: (jobTitle) => `En kandidat har booket en tid til samtale om stillingen ${jobTitle}, og du er med.`,
    unbookedSubject: 'Ikke længere booket',
    unbooked: (jobTitle) => `Ingen har længere booket denne tid til samtale om stillingen ${jobTitle}, så den er taget ud af din kalender. Tiden er stadig ledig for de andre kandidater.`,
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
    booked: (jobTitle) => `A candidate has booked a time for an interview for the position ${jobTitle}, and you are taking part.`,
    unbookedSubject: 'No longer booked',
    unbooked: (jobTitle) => `Nobody has this time for an interview for the position ${jobTitle} booked any longer, so it is out of your calendar. It is still open to the other candidates.`,
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
    booked: (jobTitle) => `En kandidat har bokat en tid för intervju om tjänsten ${jobTitle}, och du deltar.`,
    unbookedSubject: 'Inte längre bokad',
    unbooked: (jobTitle) => `Ingen har längre bokat den här tiden för intervju om tjänsten ${jobTitle}, så den är borttagen ur din kalender. Tiden är fortfarande ledig för de andra kandidaterna.`,
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
    booked: (jobTitle) => `En kandidat har bestilt en tid til intervju for stillingen ${jobTitle}, og du deltar.`,
    unbookedSubject: 'Ikke lenger bestilt',
    unbooked: (jobTitle) => `Ingen har lenger bestilt denne tiden til intervju for stillingen ${jobTitle}, så den er tatt ut av kalenderen din. Tiden er fortsatt ledig for de andre kandidatene.`,
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
  /**
   * Why the recruiter is told, when not because someone invited to the interview: taken off it (with its
   * cancellation), or a candidate booked an offered time, or nobody has it booked any longer (with its cancellation).
   */
  reason?: 'removed' | 'booked' | 'unbooked';
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
    firstLine(labels, input, type),
    '',
    `${labels.when}: ${formatInterviewDate(input.startsAt, input.timeZone, input.language)}, ${formatInterviewTime(input.startsAt, input.endsAt, input.timeZone, input.language)}`,
    `${labels.duration}: ${formatDuration(input.durationMinutes, input.language)}`,
    ...(input.where ? [`${labels.where}: ${input.where}`] : []),
    ...(candidates ? [`${labels.candidates}: ${candidates}`] : []),
    `${labels.recruiters}: ${formatNameList(input.recruiterNames, input.language)}`,
  ];
  // An offered time nobody has booked any longer has no candidate to name.
  const subject = (candidates ? labels.subject(type, candidates, input.jobTitle) : `${capitalise(type)} – ${input.jobTitle}`).replace(/\s+/g, ' ');
  const prefix = input.reason === 'removed' ? labels.removedSubject : input.reason === 'unbooked' ? labels.unbookedSubject : null;
  return { subject: prefix ? `${prefix}: ${subject}` : subject, text: lines.join('\n') };
}

function firstLine(labels: Labels, input: RecruiterNoticeInput, type: string): string {
  if (input.reason === 'removed') return labels.removed(input.jobTitle, input.invitedBy);
  if (input.reason === 'booked') return labels.booked(input.jobTitle);
  if (input.reason === 'unbooked') return labels.unbooked(input.jobTitle);
  return labels.intro(type, input.jobTitle, input.invitedBy);
}
