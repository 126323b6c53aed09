import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import { applicationsQuery, type ListParams } from './list-params';

export const projectQuery = (projectId: string) =>
  queryOptions({
    queryKey: ['projects', projectId],
    queryFn: () => unwrap(api.GET('/api/projects/{projectId}', { params: { path: { projectId } } })),
  });

/** One page of a project's applications; the previous page stays on screen while the next one loads. */
export const applicationsListQuery = (projectId: string, params: ListParams) => {
  const query = applicationsQuery(params);
  return queryOptions({
    queryKey: ['projects', projectId, 'applications', query],
    queryFn: () => unwrap(api.GET('/api/projects/{projectId}/applications', { params: { path: { projectId }, query } })),
    placeholderData: keepPreviousData,
  });
};
