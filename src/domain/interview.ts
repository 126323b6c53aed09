/** The kinds of interview a recruiter can invite to: the source's three, and video. */
export const INTERVIEW_TYPES = ['phone', 'in_person', 'group', 'video'] as const;
export type InterviewType = (typeof INTERVIEW_TYPES)[number];

export const MIN_DURATION_MINUTES = 5;
export const MAX_DURATION_MINUTES = 480;

export interface Participant {
  id: string;
  name: string;
  email: string;
}

/** One interview: a single slot for one candidate, or for all candidates of a group interview. */
export interface Interview {
  id: string;
  projectId: string;
  type: InterviewType;
  /** UTC instants, ISO 8601. */
  startsAt: string;
  endsAt: string;
  durationMinutes: number;
  location: string | null;
  meetingUrl: string | null;
  recruiters: Participant[];
  /** Raised on every change, for the SEQUENCE of calendar updates. */
  sequence: number;
  status: 'scheduled' | 'cancelled';
  /** Set on a slot offered for booking: its offer. Its recruiters have it in their calendars only while it is booked. */
  offerId: string | null;
}
