import { fullName } from './candidate.js';
import { TEXTS } from './i18n.js';
import type { InterviewType } from './interview.js';
import { formatNameList } from './interview-formatting.js';
import type { ResponseStatus } from './invitation.js';
import type { Language } from './languages.js';

interface FeedWords {
  answers: Record<ResponseStatus, string>;
  position: string;
  candidates: string;
  recruiters: string;
}

/** The feed is the recruiter's, so it speaks the organisation's language, as the recruiters' notices do. */
const FEED_WORDS: Record<Language, FeedWords> = {
  da: {
    answers: {
      awaiting: 'afventer svar',
      accepted: 'kommer',
      declined: 'har meldt afbud',
      new_time_requested: 'ønsker et nyt tidspunkt',
      not_relevant: 'har trukket ansøgningen',
      cancelled: 'aflyst',
    },
    position: 'Stilling',
    candidates: 'Kandidater',
    recruiters: 'Rekrutterere',
  },
  en: {
    answers: {
      awaiting: 'awaiting an answer',
      accepted: 'accepted',
      declined: 'declined',
      new_time_requested: 'asked for a new time',
      not_relevant: 'withdrew the application',
      cancelled: 'cancelled',
    },
    position: 'Position',
    candidates: 'Candidates',
    recruiters: 'Recruiters',
  },
  sv: {
    answers: {
      awaiting: 'inväntar svar',
      accepted: 'kommer',
      declined: 'har tackat nej',
      new_time_requested: 'önskar en ny tid',
      not_relevant: 'har dragit tillbaka ansökan',
      cancelled: 'inställd',
    },
    position: 'Tjänst',
    candidates: 'Kandidater',
    recruiters: 'Rekryterare',
  },
  nb: {
    answers: {
      awaiting: 'venter på svar',
      accepted: 'kommer',
      declined: 'har takket nei',
      new_time_requested: 'ønsker et nytt tidspunkt',
      not_relevant: 'har trukket søknaden',
      cancelled: 'avlyst',
    },
    position: 'Stilling',
    candidates: 'Kandidater',
    recruiters: 'Rekrutterere',
  },
};

export interface FeedEntry {
  type: InterviewType;
  project: { title: string };
  invitees: { candidate: { firstName: string; lastName: string }; responseStatus: ResponseStatus }[];
  recruiters: { name: string }[];
}

/** How an interview reads in a recruiter's calendar feed: who comes, and where each invitee's answer stands. */
export function feedEventText(entry: FeedEntry, language: Language): { summary: string; description: string } {
  const words = FEED_WORDS[language];
  const type = TEXTS[language].interviewTypes[entry.type];
  const names = entry.invitees.map((invitee) => fullName(invitee.candidate));
  const summary = `${type.charAt(0).toLocaleUpperCase()}${type.slice(1)}: ${names.length > 0 ? formatNameList(names, language) : '–'}`;
  const description = [
    `${words.position}: ${entry.project.title}`,
    `${words.candidates}:`,
    ...entry.invitees.map((invitee) => `- ${fullName(invitee.candidate)}: ${words.answers[invitee.responseStatus]}`),
    `${words.recruiters}: ${formatNameList(entry.recruiters.map((recruiter) => recruiter.name), language)}`,
  ].join('\n');
  return { summary, description };
}
