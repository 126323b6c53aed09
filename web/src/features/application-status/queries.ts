import { api, unwrap } from '../../api/client';
import type { Answer, Body } from '../../api/types';

export type StatusChange = Body<'/api/applications/status', 'post'>;
export type StatusChangeResult = Answer<'/api/applications/status', 'post'>['items'][number];

export function changeApplicationStatus(body: StatusChange) {
  return unwrap(api.POST('/api/applications/status', { body }));
}

/** What shows an application's status: its own page, the calendar's invitees, and the projects' lists and counts. */
export const QUERIES_SHOWING_STATUS = [['application'], ['calendar'], ['projects']] as const;
