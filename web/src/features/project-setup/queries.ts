import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Body } from '../../api/types';

export type NewProject = Body<'/api/projects', 'post'>;
export type ProjectChanges = Body<'/api/projects/{projectId}', 'patch'>;
export type NewApplicant = Body<'/api/projects/{projectId}/applications', 'post'>;

/** A change to a project or its applicants, after which every list and count of projects is fetched anew. */
export function useProjectChange<Input, Output>(change: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: change, onSuccess: () => queryClient.invalidateQueries({ queryKey: ['projects'] }) });
}

export const createProject = (body: NewProject) => unwrap(api.POST('/api/projects', { body }));

export const editProject = (projectId: string, body: ProjectChanges) => unwrap(api.PATCH('/api/projects/{projectId}', { params: { path: { projectId } }, body }));

export const setProjectOpen = (projectId: string, open: boolean) =>
  unwrap(open ? api.POST('/api/projects/{projectId}/reopen', { params: { path: { projectId } } }) : api.POST('/api/projects/{projectId}/close', { params: { path: { projectId } } }));

export const addApplicant = (projectId: string, body: NewApplicant) => unwrap(api.POST('/api/projects/{projectId}/applications', { params: { path: { projectId } }, body }));
