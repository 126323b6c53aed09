import type { Context } from '../context.js';
import { recordAuditEvent } from '../db/repositories/audit-events.js';
import { listSavedTemplates, saveTemplate } from '../db/repositories/email-templates.js';
import type { Language } from '../domain/languages.js';
import { MESSAGE_TEMPLATES, type TemplateKind, type TemplateParts } from '../domain/message-templates.js';
import { unknownVariables } from '../domain/template.js';
import { AppError, invalidField } from '../errors.js';
import type { Session } from './authenticate.js';

export interface MessageTemplate {
  language: Language;
  parts: TemplateParts;
  /** False while the organisation uses Samtale's shipped wording. */
  customised: boolean;
}

function partsOf(kind: TemplateKind, source: object): TemplateParts {
  const values = source as Partial<TemplateParts>;
  return Object.fromEntries(MESSAGE_TEMPLATES[kind].parts.map((part) => [part, values[part] ?? '']));
}

/** The organisation's templates of one kind, one per enabled language, to pre-fill the invitation page. */
export async function messageTemplates(ctx: Context, session: Session, kind: TemplateKind): Promise<MessageTemplate[]> {
  const saved = await listSavedTemplates(ctx.db, session.organisation.id, kind);
  return session.organisation.languages.map((language) => {
    const own = saved.get(language);
    return { language, parts: partsOf(kind, own ?? MESSAGE_TEMPLATES[kind].defaults[language]), customised: own !== undefined };
  });
}

export async function saveMessageTemplate(
  ctx: Context,
  session: Session,
  kind: TemplateKind,
  language: Language,
  parts: TemplateParts,
): Promise<MessageTemplate> {
  if (session.user.role !== 'admin') throw new AppError('forbidden', 'Only an administrator can change the organisation’s templates.');
  if (!session.organisation.languages.includes(language)) {
    throw new AppError('validation_failed', `The language ${language} is not enabled for your organisation.`);
  }
  for (const [part, text] of Object.entries(parts)) {
    const unknown = unknownVariables(text);
    if (unknown.length > 0) throw invalidField(part, `uses the unknown variable {${unknown[0]}}.`);
  }
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    await saveTemplate(trx, session.organisation.id, kind, language, parts, session.user.id, now);
    await recordAuditEvent(
      trx,
      {
        organisationId: session.organisation.id,
        actor: { type: 'user', id: session.user.id },
        subject: { type: 'message_template', id: `${kind}:${language}` },
        action: 'message_template.saved',
        after: parts,
      },
      now,
    );
  });
  return { language, parts: partsOf(kind, parts), customised: true };
}
