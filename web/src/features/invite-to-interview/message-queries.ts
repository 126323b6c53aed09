import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { MessageTemplates } from './message-prefill';
import type { InvitationRequest } from './wizard-state';

/** The organisation's texts for step 2, one per enabled language; they change seldom, so one fetch per visit. */
export const messageTemplatesQuery = queryOptions({
  queryKey: ['templates', 'invitation-page'],
  queryFn: async (): Promise<MessageTemplates> => {
    const [invitation, reminderEmail, reminderSms] = await Promise.all([
      unwrap(api.GET('/api/templates/interview-invitation')),
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
