import { randomUUID } from 'node:crypto';
import type { Db } from '../database.js';

export interface DevMail {
  id: string;
  outboxId: string;
  recipient: string;
  subject: string;
  deliveredAt: string;
}

export async function listDevMail(db: Db, organisationId: string, limit: number): Promise<DevMail[]> {
  const rows = await db
    .selectFrom('dev_mailbox')
    .select(['id', 'outbox_id', 'recipient', 'subject', 'delivered_at'])
    .where('organisation_id', '=', organisationId)
    .orderBy('delivered_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ id: row.id, outboxId: row.outbox_id, recipient: row.recipient, subject: row.subject, deliveredAt: row.delivered_at }));
}

export async function findDevMailRaw(db: Db, organisationId: string, id: string): Promise<string | undefined> {
  const row = await db
    .selectFrom('dev_mailbox')
    .select('raw')
    .where('organisation_id', '=', organisationId)
    .where('id', '=', id)
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
