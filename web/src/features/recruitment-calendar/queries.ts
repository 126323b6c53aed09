import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Answer } from '../../api/types';

export type CalendarAnswer = Answer<'/api/calendar'>;
export type CalendarInterview = CalendarAnswer['items'][number];
export type CalendarInvitee = CalendarInterview['invitees'][number];

export function calendarQuery(window: { from: string; to: string }, recruiterId: string | undefined, projectId: string | null) {
  const query = { from: window.from, to: window.to, ...(recruiterId ? { recruiterId } : {}), ...(projectId ? { projectId } : {}) };
  return queryOptions({
    queryKey: ['calendar', query],
    queryFn: () => unwrap(api.GET('/api/calendar', { params: { query } })),
  });
}
