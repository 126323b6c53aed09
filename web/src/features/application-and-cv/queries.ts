import { api, unwrap } from '../../api/client';
import type { Body, InterviewChange } from '../../api/types';

/** The candidate's "Application and CV": its key is what a "Send again" invalidates. */
export const applicationKey = (applicationId: string) => ['application', applicationId] as const;

export const applicationQuery = (applicationId: string) => ({
  queryKey: applicationKey(applicationId),
  queryFn: () => unwrap(api.GET('/api/applications/{applicationId}', { params: { path: { applicationId } } })),
});

export const messageKey = (messageId: string) => ['message', messageId] as const;

export const messageQuery = (messageId: string) => ({
  queryKey: messageKey(messageId),
  queryFn: () => unwrap(api.GET('/api/messages/{messageId}', { params: { path: { messageId } } })),
});

export function retryMessage(messageId: string) {
  return unwrap(api.POST('/api/messages/{messageId}/retry', { params: { path: { messageId } } }));
}

/** An interview with everyone invited to it: who an edit, a cancellation or an answer will reach. */
export const interviewKey = (interviewId: string) => ['interview', interviewId] as const;

export const interviewQuery = (interviewId: string) => ({
  queryKey: interviewKey(interviewId),
  queryFn: () => unwrap(api.GET('/api/interviews/{interviewId}', { params: { path: { interviewId } } })),
});

export type PhoneAnswer = Body<'/api/invitations/{invitationId}', 'patch'>['responseStatus'];

export function changeInterview(interviewId: string, body: InterviewChange) {
  return unwrap(api.PATCH('/api/interviews/{interviewId}', { params: { path: { interviewId } }, body }));
}

export function cancelInterview(interviewId: string, message: string) {
  return unwrap(api.POST('/api/interviews/{interviewId}/cancel', { params: { path: { interviewId } }, body: message ? { message } : {} }));
}

export function recordPhoneAnswer(invitationId: string, responseStatus: PhoneAnswer) {
  return unwrap(api.PATCH('/api/invitations/{invitationId}', { params: { path: { invitationId } }, body: { responseStatus } }));
}
