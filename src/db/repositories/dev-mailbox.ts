import { randomUUID } from 'node:crypto';
import type { ExpressionBuilder } from 'kysely';
import type { Db } from '../database.js';
import { USER_LINK_KINDS } from '../../domain/message.js';
import type { Database } from '../schema.js';

export interface DevMail {
  id: string;
  outboxId: string;
  recipient: string;
  subject: string;
  deliveredAt: string;
}

/** Who may read what: users' one-time links (invitations, password resets) only administrators. */
export interface DevMailReader {
  withUserLinks: boolean;
}

/** Everything, as the tests that check what was delivered read it. */
const EVERY_MAIL: DevMailReader = { withUserLinks: true };

/**
 * Leaves out the emails carrying a user's one-time link unless the reader may see them: whoever reads another's
 * link could choose that user's password.
 */
function readableBy(reader: DevMailReader) {
  return (eb: ExpressionBuilder<Database, 'dev_mailbox'>) =>
    reader.withUserLinks
      ? eb.lit(true)
      : eb.not(
          eb.exists(
            eb
              .selectFrom('messages')
              .select('messages.id')
              .whereRef('messages.id', '=', 'dev_mailbox.outbox_id')
              .where('messages.kind', 'in', USER_LINK_KINDS),
          ),
        );
}

export async function listDevMail(db: Db, organisationId: string, limit: number, reader = EVERY_MAIL): Promise<DevMail[]> {
  const rows = await db
    .selectFrom('dev_mailbox')
    .select(['id', 'outbox_id', 'recipient', 'subject', 'delivered_at'])
    .where('organisation_id', '=', organisationId)
    .where(readableBy(reader))
    .orderBy('delivered_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ id: row.id, outboxId: row.outbox_id, recipient: row.recipient, subject: row.subject, deliveredAt: row.delivered_at }));
}

export async function findDevMailRaw(db: Db, organisationId: string, id: string, reader = EVERY_MAIL): Promise<string | undefined> {
  const row = await db
    .selectFrom('dev_mailbox')
    .select('raw')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
    .where(readableBy(reader))
    .executeTakeFirst();
  return row?.raw;
}

/** Keeps a delivered email, as its complete MIME text, in the development mailbox of its organisation. */
export async function insertDevMail(
  db: Db,
  mail: { organisationId: string; outboxId: string; recipient: string; subject: string; raw: string },
  deliveredAt: Date,
): Promise<void> {
  await db
    .insertInto('dev_mailbox')
    .values({
      id: randomUUID(),
      organisation_id: mail.organisationId,
      outbox_id: mail.outboxId,
      recipient: mail.recipient,
      subject: mail.subject,
      raw: mail.raw,
      delivered_at: deliveredAt.toISOString(),
    })
    .execute();
}
