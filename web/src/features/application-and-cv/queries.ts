import { api, unwrap } from '../../api/client';

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
