import type { CheckedLogo, LogoMediaType } from '../../domain/organisation-logo.js';
import type { Db } from '../database.js';

const toCheckedLogo = (row: { media_type: string; content_hash: string }): CheckedLogo => ({ mediaType: row.media_type as LogoMediaType, contentHash: row.content_hash });

/** The organisation's logo as emails name it (no bytes), or null when it has none. */
export async function findLogo(db: Db, organisationId: string): Promise<(CheckedLogo & { sizeBytes: number; uploadedAt: string }) | null> {
  const row = await db
    .selectFrom('organisation_logos')
    .select(['media_type', 'content_hash', 'uploaded_at', (eb) => eb.fn<number>('length', ['bytes']).as('size')])
    .where('organisation_id', '=', organisationId)
    .executeTakeFirst();
  return row ? { ...toCheckedLogo(row), sizeBytes: Number(row.size), uploadedAt: row.uploaded_at } : null;
}

/** A logo's bytes by its address, for anyone: the hash is the secret that keeps other organisations' logos unlisted. */
export async function findLogoBytes(db: Db, logo: CheckedLogo): Promise<Buffer | null> {
  const row = await db
    .selectFrom('organisation_logos')
    .select('bytes')
    .where('content_hash', '=', logo.contentHash)
    .where('media_type', '=', logo.mediaType)
    .executeTakeFirst();
  return row ? Buffer.from(row.bytes) : null;
}

/** The organisation's logo with its bytes (an email reads its size from them), or null when it has none. */
export async function findCurrentLogoBytes(db: Db, organisationId: string): Promise<(CheckedLogo & { bytes: Buffer }) | null> {
  const row = await db.selectFrom('organisation_logos').select(['media_type', 'content_hash', 'bytes']).where('organisation_id', '=', organisationId).executeTakeFirst();
  return row ? { ...toCheckedLogo(row), bytes: Buffer.from(row.bytes) } : null;
}

/** Puts the logo in place of any the organisation had. */
export async function saveLogo(db: Db, organisationId: string, logo: CheckedLogo & { bytes: Buffer; uploadedBy: string }, now: Date): Promise<void> {
  const row = {
    bytes: logo.bytes,
    media_type: logo.mediaType,
    content_hash: logo.contentHash,
    uploaded_by: logo.uploadedBy,
    uploaded_at: now.toISOString(),
  };
  await db
    .insertInto('organisation_logos')
    .values({ organisation_id: organisationId, ...row })
    .onConflict((conflict) => conflict.column('organisation_id').doUpdateSet(row))
    .execute();
}

/** Removes the organisation's logo; what it was, or null when there was none. */
export async function deleteLogo(db: Db, organisationId: string): Promise<CheckedLogo | null> {
  const row = await db.deleteFrom('organisation_logos').where('organisation_id', '=', organisationId).returning(['media_type', 'content_hash']).executeTakeFirst();
  return row ? toCheckedLogo(row) : null;
}
