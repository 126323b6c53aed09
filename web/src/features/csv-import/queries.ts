import { api, unwrap } from '../../api/client';
import type { Answer } from '../../api/types';

export type ImportPreview = Answer<'/api/projects/{projectId}/applicant-import/preview', 'post'>;
export type ImportRow = ImportPreview['rows'][number];

/** The file goes as it is, bytes and all: the server finds its encoding (UTF-8 or Windows-1252) and separator. */
const asCsv = (file: Blob) => ({
  body: file as unknown as string,
  bodySerializer: (body: unknown) => body as string,
  headers: { 'content-type': 'text/csv' },
});

export const previewImport = (projectId: string, file: Blob) =>
  unwrap(api.POST('/api/projects/{projectId}/applicant-import/preview', { params: { path: { projectId } }, ...asCsv(file) }));

export const importApplicants = (projectId: string, file: Blob, planId: string) =>
  unwrap(api.POST('/api/projects/{projectId}/applicant-import', { params: { path: { projectId }, query: { planId } }, ...asCsv(file) }));
