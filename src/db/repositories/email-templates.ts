import type { Db } from '../database.js';

export interface SavedTemplate {
  language: string;
  subject: string;
  body: string;
}

export async function listSavedTemplates(db: Db, organisationId: string, kind: 'interview_invitation'): Promise<SavedTemplate[]> {
  return db
    .selectFrom('email_templates')
    .select(['language', 'subject', 'body'])
    .where('organisation_id', '=', organisationId)
    .where('kind', '=', kind)
    .orderBy('language')
    .execute();
}

export async function saveTemplate(
  db: Db,
  organisationId: string,
  kind: 'interview_invitation',
  template: SavedTemplate,
  userId: string,
  now: Date,
): Promise<void> {
  await db
    .insertInto('email_templates')
    .values({ organisation_id: organisationId, kind, ...template, updated_by: userId, updated_at: now.toISOString() })
    .onConflict((oc) =>
      oc.columns(['organisation_id', 'kind', 'language']).doUpdateSet({
        subject: template.subject,
        body: template.body,
        updated_by: userId,
        updated_at: now.toISOString(),
      }),
    )
    .execute();
}
