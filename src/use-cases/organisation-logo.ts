import type { Context } from '../context.js';
import type { Db } from '../db/database.js';
import { recordAuditEvent } from '../db/repositories/audit-events.js';
import { findCurrentLogoBytes, findLogo, findLogoBytes, replaceLogo, retireLogo } from '../db/repositories/organisation-logos.js';
import { checkedLogo, fittedSize, imageSize, logoFileName, logoUrl, MAX_LOGO_BYTES, parseLogoFileName, type EmailLogo, type LogoMediaType } from '../domain/organisation-logo.js';
import { AppError, notFound } from '../errors.js';
import type { AuditEventInput } from '../domain/audit-event.js';
import type { Session } from './authenticate.js';

function requireAdministrator(session: Session): void {
  if (session.user.role !== 'admin') throw new AppError('forbidden', 'Only an administrator can see and change the organisation’s logo.');
}

export interface LogoView {
  url: string;
  mediaType: LogoMediaType;
  sizeBytes: number;
  uploadedAt: string;
}

/** An administrator's change to the logo, naming the files before and after (never the bytes). */
function logoEvent(session: Session, action: string, before: object | null, after: object | null): AuditEventInput {
  const organisationId = session.organisation.id;
  return {
    organisationId,
    actor: { type: 'user', id: session.user.id },
    subject: { type: 'organisation', id: organisationId },
    action,
    ...(before && { before }),
    ...(after && { after }),
  };
}

const PROBLEM_MESSAGES = {
  empty: 'The file is empty.',
  too_large: `The logo may be at most ${MAX_LOGO_BYTES / 1000} kB.`,
  not_png_or_jpeg: 'The logo must be a PNG or JPEG image (SVG and other formats are not accepted).',
};

/** The organisation's logo as the settings screen shows it, or null. */
export async function organisationLogo(ctx: Context, publicUrl: URL, session: Session): Promise<LogoView | null> {
  requireAdministrator(session);
  const logo = await findLogo(ctx.db, session.organisation.id);
  return logo && { url: logoUrl(publicUrl, logo), mediaType: logo.mediaType, sizeBytes: logo.sizeBytes, uploadedAt: logo.uploadedAt };
}

/**
 * An administrator's new logo, in place of any before it, with an audit event. The bytes decide what the file is.
 * Emails written from now on carry the new address; those written before keep the old one, which keeps answering.
 */
export async function uploadLogo(ctx: Context, publicUrl: URL, session: Session, bytes: Buffer): Promise<LogoView> {
  requireAdministrator(session);
  const checked = checkedLogo(bytes);
  if (!checked.ok) throw new AppError('validation_failed', `body ${PROBLEM_MESSAGES[checked.problem]}`, [{ field: 'logo', in: 'body', message: PROBLEM_MESSAGES[checked.problem], problem: checked.problem }]);
  const now = ctx.clock.now();
  const organisationId = session.organisation.id;
  await ctx.db.transaction().execute(async (trx) => {
    const before = await replaceLogo(trx, organisationId, { ...checked.logo, bytes, uploadedBy: session.user.id }, now);
    await recordAuditEvent(trx, logoEvent(session, 'organisation.logo_uploaded', before && { file: logoFileName(before) }, { file: logoFileName(checked.logo), sizeBytes: bytes.length }), now);
  });
  return { url: logoUrl(publicUrl, checked.logo), mediaType: checked.logo.mediaType, sizeBytes: bytes.length, uploadedAt: now.toISOString() };
}

/**
 * Takes the logo away, with an audit event: emails written from now on are headed by the name alone. Its address keeps
 * answering for the emails already written with it. 404 when there is none.
 */
export async function removeLogo(ctx: Context, session: Session): Promise<void> {
  requireAdministrator(session);
  const now = ctx.clock.now();
  const organisationId = session.organisation.id;
  await ctx.db.transaction().execute(async (trx) => {
    const removed = await retireLogo(trx, organisationId, now);
    if (!removed) throw notFound('The logo');
    await recordAuditEvent(trx, logoEvent(session, 'organisation.logo_removed', { file: logoFileName(removed) }, null), now);
  });
}

/** A logo's bytes and type by its public file name, or null for a name no current logo has. */
export async function publicLogo(ctx: Context, fileName: string): Promise<{ bytes: Buffer; mediaType: LogoMediaType } | null> {
  const logo = parseLogoFileName(fileName);
  if (!logo) return null;
  const bytes = await findLogoBytes(ctx.db, logo);
  return bytes && { bytes, mediaType: logo.mediaType };
}

/** The organisation's logo for the top of an email (its address and the size to show it at), or null to head it with the name alone. */
export async function emailLogo(db: Db, organisationId: string, publicUrl: URL): Promise<EmailLogo | null> {
  const logo = await findCurrentLogoBytes(db, organisationId);
  const size = logo && imageSize(logo.bytes, logo.mediaType);
  return logo && size && { url: logoUrl(publicUrl, logo), ...fittedSize(size) };
}
