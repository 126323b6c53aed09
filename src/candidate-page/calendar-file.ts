import { buildCalendarFeed } from '../domain/calendar-invitation.js';
import type { Language } from '../domain/languages.js';
import type { CandidateCalendarEntry, CandidateInterviewDetails } from '../use-cases/candidate-invitation.js';
import { calendarUid } from '../use-cases/interview-calendar.js';
import { capitaliseFirst, webUrl } from './html.js';
import { PAGE_TEXTS } from './texts.js';

export interface CandidateCalendarView {
  language: Language;
  details: CandidateInterviewDetails;
  calendar: CandidateCalendarEntry;
  /** The candidate's page, to change the answer from the calendar entry. */
  answerUrl: string;
  now: Date;
}

/**
 * "Add to my calendar": the interview as a calendar file the candidate imports (a published event, no one asked
 * to answer it). It has the UID and version of the invitation's emailed calendar file, so a calendar that has both
 * keeps one entry, and a later move or cancellation by email updates it.
 */
export function candidateCalendarFile(view: CandidateCalendarView): string {
  const texts = PAGE_TEXTS[view.language];
  const { details, calendar } = view;
  const lines = [
    `${texts.details.position}: ${details.jobTitle}`,
    `${texts.details.interviewers}: ${details.recruiters}`,
    ...(details.meetingUrl ? [`${texts.details.meetingLink}: ${details.meetingUrl}`] : []),
    `${texts.changeAnswerLink}: ${view.answerUrl}`,
  ];
  return buildCalendarFeed({
    name: details.companyName,
    timeZone: calendar.timeZone,
    events: [
      {
        uid: calendarUid(calendar.interviewId),
        sequence: calendar.sequence,
        stamp: view.now,
        start: calendar.startsAt,
        end: calendar.endsAt,
        summary: `${capitaliseFirst(details.interviewType, view.language)} – ${details.companyName}`,
        description: lines.join('\n'),
        location: details.meetingUrl ?? details.where,
        url: (details.meetingUrl && webUrl(details.meetingUrl)?.href) || view.answerUrl,
      },
    ],
  });
}
