import type { CalendarInvitationInput } from '../domain/calendar-invitation.js';
import type { InterviewType } from '../domain/interview.js';

/** Calendar events of one interview share this UID everywhere, so later versions replace the first. */
export const calendarUid = (interviewId: string) => `interview-${interviewId}@samtale`;

export interface InterviewCalendarInput {
  method: 'REQUEST' | 'CANCEL';
  interviewId: string;
  sequence: number;
  now: Date;
  interview: { type: InterviewType; startsAt: Date; endsAt: Date; location: string | null; meetingUrl: string | null };
  organisation: { name: string; timeZone: string };
  sender: string;
  attendees: CalendarInvitationInput['attendees'];
  summary: string;
  description: string;
}

/** The data of an interview's calendar file (the worker writes the .ics from it when the message leaves). */
export function interviewCalendar(input: InterviewCalendarInput): CalendarInvitationInput {
  const { interview } = input;
  const isVideo = interview.type === 'video';
  return {
    method: input.method,
    uid: calendarUid(input.interviewId),
    sequence: input.sequence,
    stamp: input.now,
    start: interview.startsAt,
    end: interview.endsAt,
    timeZone: input.organisation.timeZone,
    summary: input.summary,
    description: input.description,
    location: isVideo ? interview.meetingUrl : interview.location,
    url: isVideo ? interview.meetingUrl : null,
    organizer: { name: input.organisation.name, email: input.sender },
    attendees: input.attendees,
  };
}
