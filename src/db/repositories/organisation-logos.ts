import { randomUUID } from 'node:crypto';
import type { CheckedLogo, LogoMediaType } from '../../domain/organisation-logo.js';
import { isPostgres, type Db } from '../database.js';

const toCheckedLogo = (row: { media_type: string; content_hash: string }): CheckedLogo => ({ mediaType: row.media_type as LogoMediaType, contentHash: row.content_hash });

const current = (db: Db, organisationId: string) => db.selectFrom('organisation_logos').where('organisation_id', '=', organisationId).where('retired_at', 'is', null);

/** The organisation's logo as the settings name it (no bytes), or null when it has none. */
export async function findLogo(db: Db, organisationId: string): Promise<(CheckedLogo & { sizeBytes: number; uploadedAt: string }) | null> {
  const row = await current(db, organisationId)
    .select(['media_type', 'content_hash', 'uploaded_at', (eb) => eb.fn<number>('length', ['bytes']).as('size')])
    .executeTakeFirst();
  return row ? { ...toCheckedLogo(row), sizeBytes: Number(row.size), uploadedAt: row.uploaded_at } : null;
}

/** The organisation's logo with its bytes (an email reads its size from them), or null when it has none. */
export async function findCurrentLogoBytes(db: Db, organisationId: string): Promise<(CheckedLogo & { bytes: Buffer }) | null> {
  const row = await current(db, organisationId).select(['media_type', 'content_hash', 'bytes']).executeTakeFirst();
  return row ? { ...toCheckedLogo(row), bytes: Buffer.from(row.bytes) } : null;
}

/**
 * A logo's bytes by its address, for anyone, retired ones too: an email already in an inbox or waiting in the outbox
 * still shows the logo it was written with. The hash is what keeps other organisations' logos unlisted.
 */
export async function findLogoBytes(db: Db, logo: CheckedLogo): Promise<Buffer | null> {
  const row = await db
    .selectFrom('organisation_logos')
    .select('bytes')
    .where('content_hash', '=', logo.contentHash)
    .where('media_type', '=', logo.mediaType)
    .executeTakeFirst();
  return row ? Buffer.from(row.bytes) : null;
}

/** Retires the organisation's logo: new emails are headed by its name alone. What it was, or null when there was none. */
export async function retireLogo(db: Db, organisationId: string, now: Date): Promise<CheckedLogo | null> {
  // Two administrators changing the logo at once take turns, so there is never more than one current logo.
  if (isPostgres(db)) await db.selectFrom('organisations').select('id').where('id', '=', organisationId).forUpdate().execute();
  const row = await db
    .updateTable('organisation_logos')
    .set({ retired_at: now.toISOString() })
    .where('organisation_id', '=', organisationId)
    .where('retired_at', 'is', null)
    .returning(['media_type', 'content_hash'])
    .executeTakeFirst();
  return row ? toCheckedLogo(row) : null;
}

/** Puts a logo in place of any the organisation had; what it replaced, or null. */
export async function replaceLogo(db: Db, organisationId: string, logo: CheckedLogo & { bytes: Buffer; uploadedBy: string }, now: Date): Promise<CheckedLogo | null> {
  const replaced = await retireLogo(db, organisationId, now);
  await db
    .insertInto('organisation_logos')
    .values({
      id: randomUUID(),
      organisation_id: organisationId,
      bytes: logo.bytes,
      media_type: logo.mediaType,
      content_hash: logo.contentHash,
      uploaded_by: logo.uploadedBy,
      uploaded_at: now.toISOString(),
      retired_at: null,
    })
    .execute();
  return replaced;
}
