import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { MessageTemplates } from './message-prefill';
import type { OfferRequest } from './offer-request';
import type { InvitationRequest, InviteMode } from './wizard-state';

/**
 * The organisation's texts for step 2, one per enabled language; they change seldom, so one fetch per visit. An
 * offer of times starts from the invitation to book, whose link leads to the booking page.
 */
export const messageTemplatesQuery = (mode: InviteMode) =>
  queryOptions({
    queryKey: ['templates', 'invitation-page', mode],
    queryFn: async (): Promise<MessageTemplates> => {
      const [invitation, reminderEmail, reminderSms] = await Promise.all([
        unwrap(api.GET(mode === 'offer' ? '/api/templates/booking-invitation' : '/api/templates/interview-invitation')),
        unwrap(api.GET('/api/templates/reminder-email')),
        unwrap(api.GET('/api/templates/reminder-sms')),
      ]);
      return { invitation: invitation.items, reminderEmail: reminderEmail.items, reminderSms: reminderSms.items };
    },
    staleTime: 5 * 60_000,
  });

/** What each candidate would get. The last answer stays on screen while the next loads, so the card never blinks. */
export const invitationPreviewQuery = (projectId: string, request: InvitationRequest) =>
  queryOptions({
    queryKey: ['interview-invitation-preview', projectId, request],
    queryFn: () => unwrap(api.POST('/api/projects/{projectId}/interview-invitations/preview', { params: { path: { projectId } }, body: request })),
    placeholderData: keepPreviousData,
  });

/** The slots, deadline and emails an offer of times would make; stores nothing. Kept on screen like the invitation's. */
export const offerPreviewQuery = (projectId: string, request: OfferRequest) =>
  queryOptions({
    queryKey: ['booking-offer-preview', projectId, request],
    queryFn: () => unwrap(api.POST('/api/projects/{projectId}/booking-offers/preview', { params: { path: { projectId } }, body: request })),
    placeholderData: keepPreviousData,
  });
