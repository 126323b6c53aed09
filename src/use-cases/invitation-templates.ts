import type { Context } from '../context.js';
import { recordAuditEvent } from '../db/repositories/audit-events.js';
import { listSavedTemplates, saveTemplate } from '../db/repositories/email-templates.js';
import { DEFAULT_INVITATION_TEMPLATES } from '../domain/invitation-templates.js';
import type { Language } from '../domain/languages.js';
import { unknownVariables } from '../domain/template.js';
import { AppError, invalidField } from '../errors.js';
import type { Session } from './authenticate.js';

export interface InvitationTemplate {
  language: Language;
  subject: string;
  body: string;
  /** False while the organisation uses Samtale's shipped wording. */
  customised: boolean;
}

/** The organisation's interview-invitation templates that pre-fill the email step, one per enabled language. */
export async function invitationTemplates(ctx: Context, session: Session): Promise<InvitationTemplate[]> {
  const saved = new Map((await listSavedTemplates(ctx.db, session.organisation.id, 'interview_invitation')).map((t) => [t.language, t]));
  return session.organisation.languages.map((language) => {
    const own = saved.get(language);
    return own
      ? { language, subject: own.subject, body: own.body, customised: true }
      : { language, ...DEFAULT_INVITATION_TEMPLATES[language], customised: false };
  });
}

export async function saveInvitationTemplate(
  ctx: Context,
  session: Session,
  language: Language,
  template: { subject: string; body: string },
): Promise<InvitationTemplate> {
  if (session.user.role !== 'admin') throw new AppError('forbidden', 'Only an administrator can change the organisation’s templates.');
  if (!session.organisation.languages.includes(language)) {
    throw new AppError('validation_failed', `The language ${language} is not enabled for your organisation.`);
  }
  for (const part of ['subject', 'body'] as const) {
    const unknown = unknownVariables(template[part]);
    if (unknown.length > 0) throw invalidField(part, `uses the unknown variable {${unknown[0]}}.`);
  }
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await saveTemplate(trx, session.organisation.id, 'interview_invitation', { language, ...template }, session.user.id, now);
    await recordAuditEvent(
      trx,
      {
        organisationId: session.organisation.id,
        actor: { type: 'user', id: session.user.id },
        subject: { type: 'email_template', id: `interview_invitation:${language}` },
        action: 'email_template.saved',
        after: template,
      },
      now,
    );
  });
  return { language, ...template, customised: true };
}
