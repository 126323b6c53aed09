import type { OfferWindow, PickedSlot } from '../../domain/booking-offer.js';
import type { InterviewType } from '../../domain/interview.js';
import type { InvitationRequest, ReminderRequest } from '../invite-to-interview/request.js';

/** Where slots come from: windows filled back to back, slots picked one by one, or both. */
export interface SlotsRequest {
  windows?: OfferWindow[];
  slots?: PickedSlot[];
  /** Between one slot and the next in a window. */
  breakMinutes?: number;
}

/** What a recruiter fills in to offer times ("Invite to interview", third way); the HTTP schema checks its shape. */
export interface OfferRequest {
  applicationIds: string[];
  offer: SlotsRequest & {
    type: InterviewType;
    recruiterIds: string[];
    durationMinutes: number;
    /** 1 but for a group session. */
    seatsPerSlot?: number;
    location?: string;
    meetingUrl?: string;
    /** Local date and time in the organisation's zone; left out, a day before the first slot. */
    deadline?: { date: string; time: string };
  };
  /** The email is what carries the booking link, so an offer always sends one. */
  email: Omit<InvitationRequest['email'], 'action'> & { action: 'send_email' };
  reminder?: ReminderRequest;
  acknowledgeWarnings?: boolean;
}
