import type { Language } from '@domain/languages';
import type { TemplateKind } from '@domain/message-templates';
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';
import type { Answer } from '../../api/types';
import { kindPath, partsOf, type Parts } from './template-kinds';

export type SavedTemplate = { language: Language; parts: Parts; customised: boolean };
export type TemplatePreview = Answer<'/api/templates/reminder-email/{language}/preview', 'post'>;

// The three kinds share their paths' shape but not their parts; the request is typed by one kind, its parts by the
// domain's list of them (MESSAGE_TEMPLATES), which the server checks against the same list.
type AnyKindPath = '/api/templates/reminder-email/{language}';
const path = (kind: TemplateKind) => `/api/templates/${kindPath(kind)}/{language}` as AnyKindPath;
type AnyParts = { subject: string; body: string; signature: string };

function saved(kind: TemplateKind, template: { language: Language; customised: boolean } & Record<string, unknown>): SavedTemplate {
  return { language: template.language, parts: partsOf(kind, template), customised: template.customised };
}

export const templatesQuery = (kind: TemplateKind) =>
  queryOptions({
    queryKey: ['templates', kind],
    queryFn: async () => {
      const answer = await unwrap(api.GET(`/api/templates/${kindPath(kind)}` as '/api/templates/reminder-email'));
      return answer.items.map((item) => saved(kind, item));
    },
  });

export async function saveTemplate(kind: TemplateKind, language: Language, parts: Parts): Promise<SavedTemplate> {
  return saved(kind, await unwrap(api.PUT(path(kind), { params: { path: { language } }, body: parts as AnyParts })));
}

export async function resetTemplate(kind: TemplateKind, language: Language): Promise<SavedTemplate> {
  return saved(kind, await unwrap(api.DELETE(path(kind), { params: { path: { language } } })));
}

export async function previewTemplate(kind: TemplateKind, language: Language, parts: Parts): Promise<TemplatePreview> {
  return unwrap(api.POST(`${path(kind)}/preview` as `${AnyKindPath}/preview`, { params: { path: { language } }, body: parts as AnyParts }));
}
