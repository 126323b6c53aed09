import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from './client';

/** Queries more than one screen asks, under one key each, so the screens share what is cached. */

/**
 * Every recruitment project with its applications counted per status: the Recruitment overview's list, and the
 * only place Application handling gets a project's counts from (its Overview tiles and status filter).
 */
export const projectsQuery = queryOptions({ queryKey: ['projects'], queryFn: () => unwrap(api.GET('/api/projects')) });

/** The organisation's recruiters by name: who can take part in an interview, and whose calendar can be shown. */
export const recruitersQuery = queryOptions({
  queryKey: ['recruiters'],
  queryFn: () => unwrap(api.GET('/api/recruiters')),
  staleTime: 5 * 60_000,
});

/** Whether the server still waits for its first organisation (sign-in then leads to setup), and asks for the printed token. */
export const setupStatusQuery = queryOptions({
  queryKey: ['setup'],
  queryFn: () => unwrap(api.GET('/api/setup')),
  staleTime: 60_000,
});
