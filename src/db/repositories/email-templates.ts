import type { TemplateKind, TemplateParts } from '../../domain/message-templates.js';
import type { Db } from '../database.js';

/**
 * One table keeps every kind of saved template. Its columns are the email's (subject, body, signature); an SMS
 * keeps its text in `body`. This mapping is the only place that knows.
 */
const COLUMN_OF_PART: Record<string, 'subject' | 'body' | 'signature'> = { subject: 'subject', body: 'body', signature: 'signature', text: 'body' };

function partsOfRow(row: { subject: string; body: string; signature: string | null }): TemplateParts {
  return { subject: row.subject, body: row.body, signature: row.signature ?? '', text: row.body };
}

export async function listSavedTemplates(db: Db, organisationId: string, kind: TemplateKind): Promise<Map<string, TemplateParts>> {
  const rows = await db
    .selectFrom('email_templates')
    .select(['language', 'subject', 'body', 'signature'])
    .where('organisation_id', '=', organisationId)
    .where('kind', '=', kind)
    .execute();
  return new Map(rows.map((row) => [row.language, partsOfRow(row)]));
}

export async function saveTemplate(
  db: Db,
  organisationId: string,
  kind: TemplateKind,
  language: string,
  parts: TemplateParts,
  userId: string,
  now: Date,
): Promise<void> {
  const columns = { subject: '', body: '', signature: null as string | null };
  for (const [part, value] of Object.entries(parts)) columns[COLUMN_OF_PART[part]!] = value;
  const values = { ...columns, updated_by: userId, updated_at: now.toISOString() };
  await db
    .insertInto('email_templates')
    .values({ organisation_id: organisationId, kind, language, ...values })
    .onConflict((oc) => oc.columns(['organisation_id', 'kind', 'language']).doUpdateSet(values))
    .execute();
}

/** Removes the organisation's own wording of one template; what was saved, or null when nothing was. */
export async function deleteTemplate(db: Db, organisationId: string, kind: TemplateKind, language: string): Promise<TemplateParts | null> {
  const row = await db
    .deleteFrom('email_templates')
    .where('organisation_id', '=', organisationId)
    .where('kind', '=', kind)
    .where('language', '=', language)
    .returning(['subject', 'body', 'signature'])
    .executeTakeFirst();
  return row ? partsOfRow(row) : null;
}
