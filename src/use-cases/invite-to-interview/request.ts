import type { InterviewType } from '../../domain/interview.js';
import type { ReminderDaysBefore } from '../../domain/reminder-timing.js';

export type ReminderChannel = 'none' | 'email' | 'sms' | 'sms_email';

export interface ReminderRequest {
  channel: ReminderChannel;
  daysBefore: ReminderDaysBefore;
  email?: { variants?: Partial<Record<string, { subject: string; body: string; signature: string }>> };
  sms?: { variants?: Partial<Record<string, { text: string }>> };
}

/** What a recruiter fills in on the two steps of "Invite to interview"; the HTTP schema checks its shape. */
export interface InvitationRequest {
  applicationIds: string[];
  interview: {
    type: InterviewType;
    recruiterIds: string[];
    /** Local date and time in the organisation's zone. */
    date: string;
    time: string;
    durationMinutes: number;
    breakMinutes?: number;
    location?: string;
    meetingUrl?: string;
  };
  email: {
    action: 'send_email' | 'no_email';
    from?: string;
    includeConfirmLink?: boolean;
    variants?: Partial<Record<string, { subject: string; body: string }>>;
  };
  reminder?: ReminderRequest;
  /** Send although the preview warned (candidates without a mobile number get no SMS). */
  acknowledgeWarnings?: boolean;
}
