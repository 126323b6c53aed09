import type { Context } from '../context.js';
import { recordAuditEvent } from '../db/repositories/audit-events.js';
import { deleteTemplate, listSavedTemplates, saveTemplate } from '../db/repositories/email-templates.js';
import { defaultIncludeConfirmLink } from '../domain/confirm-link.js';
import { renderInvitationEmail } from '../domain/invitation-email.js';
import type { Language } from '../domain/languages.js';
import { MESSAGE_TEMPLATES, type TemplateKind, type TemplateParts } from '../domain/message-templates.js';
import { senderName } from '../domain/organisation.js';
import { renderReminderEmail, renderReminderSms } from '../domain/reminder-message.js';
import { smsSegments } from '../domain/sms-segments.js';
import { unknownVariables } from '../domain/template.js';
import { templateSample } from '../domain/template-sample.js';
import { AppError, invalidField } from '../errors.js';
import { CONFIRM_LINK_PLACEHOLDER, confirmLinkUrl, sampleConfirmLinkUrl } from '../security/confirm-link-token.js';
import type { Session } from './authenticate.js';
import { emailLogo } from './organisation-logo.js';

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

function checkAdministratorOf(session: Session, language: Language): void {
  if (session.user.role !== 'admin') throw new AppError('forbidden', 'Only an administrator can change the organisation’s templates.');
  if (!session.organisation.languages.includes(language)) {
    throw new AppError('validation_failed', `The language ${language} is not enabled for your organisation.`);
  }
}

export async function saveMessageTemplate(
  ctx: Context,
  session: Session,
  kind: TemplateKind,
  language: Language,
  parts: TemplateParts,
): Promise<MessageTemplate> {
  checkAdministratorOf(session, language);
  for (const [part, text] of Object.entries(parts)) {
    const unknown = unknownVariables(text, MESSAGE_TEMPLATES[kind].variables);
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

/** Back to Samtale's wording for one language: the saved text goes, and the audit event keeps what it was. */
export async function resetMessageTemplate(ctx: Context, session: Session, kind: TemplateKind, language: Language): Promise<MessageTemplate> {
  checkAdministratorOf(session, language);
  const now = ctx.clock.now();
  await ctx.db.transaction().execute(async (trx) => {
    const removed = await deleteTemplate(trx, session.organisation.id, kind, language);
    // Nothing was saved: the wording already is Samtale's, and nothing happened worth a line in the history.
    if (!removed) return;
    await recordAuditEvent(
      trx,
      {
        organisationId: session.organisation.id,
        actor: { type: 'user', id: session.user.id },
        subject: { type: 'message_template', id: `${kind}:${language}` },
        action: 'message_template.reset',
        before: partsOf(kind, removed),
      },
      now,
    );
  });
  return { language, parts: partsOf(kind, MESSAGE_TEMPLATES[kind].defaults[language]), customised: false };
}

export interface TemplatePreview {
  candidate: { name: string; email: string; mobile: string };
  from: { name: string; address: string };
  /** Emails only. */
  subject?: string;
  text: string;
  /** Emails only. */
  html?: string;
  /** SMS only: what it costs. */
  sms?: { segments: number; encoding: 'GSM-7' | 'UCS-2' };
}

/**
 * A template as a sample candidate would get it, rendered by the very functions that render the real messages.
 * Writes nothing, so anyone signed in may look; unknown variables stay as written, as the editor marks them.
 */
export async function previewMessageTemplate(
  ctx: Context,
  publicUrl: URL,
  session: Session,
  kind: TemplateKind,
  language: Language,
  parts: TemplateParts,
): Promise<TemplatePreview> {
  const { organisation, user } = session;
  const sample = templateSample({
    organisationName: organisation.name,
    userName: user.name,
    language,
    timeZone: organisation.timeZone,
    now: ctx.clock.now(),
    confirmLink: CONFIRM_LINK_PLACEHOLDER,
  });
  // As on the invitation page: each real link is made when the message leaves; the preview shows where it points.
  const withSampleLink = (text: string) => text.replaceAll(CONFIRM_LINK_PLACEHOLDER, confirmLinkUrl(publicUrl, '…'));
  const common = { candidate: sample.candidate, from: { name: senderName(organisation), address: organisation.defaultSenderAddress } };
  const part = (name: string) => parts[name] ?? '';
  if (kind === 'reminder_sms') {
    const text = renderReminderSms(part('text'), sample.values);
    const { segments, encoding } = smsSegments(text.replaceAll(CONFIRM_LINK_PLACEHOLDER, sampleConfirmLinkUrl(publicUrl)));
    return { ...common, text: withSampleLink(text), sms: { segments, encoding } };
  }
  const logo = await emailLogo(ctx.db, organisation.id, publicUrl);
  const email =
    kind === 'interview_invitation' || kind === 'booking_invitation'
      ? renderInvitationEmail({ subject: part('subject'), body: part('body') }, sample.values, language, defaultIncludeConfirmLink([part('body')]), logo, kind)
      : renderReminderEmail({ subject: part('subject'), body: part('body'), signature: part('signature') }, sample.values, language, logo);
  return { ...common, subject: email.subject, text: withSampleLink(email.text), html: withSampleLink(email.html) };
}
