/** A candidate's answer to an invitation ("Acc. time" in the recruitment calendar). */
export const RESPONSE_STATUSES = ['awaiting', 'accepted', 'declined', 'new_time_requested', 'not_relevant', 'cancelled'] as const;
export type ResponseStatus = (typeof RESPONSE_STATUSES)[number];

/** One candidate's invitation to one interview. */
export interface Invitation {
  id: string;
  interviewId: string;
  applicationId: string;
  responseStatus: ResponseStatus;
  language: string;
  createdAt: string;
}

/** Answers after which a reminder is still wanted: the candidate has not said no and the interview still stands. */
export const RESPONSES_WANTING_REMINDERS: readonly ResponseStatus[] = ['awaiting', 'accepted', 'new_time_requested'];
