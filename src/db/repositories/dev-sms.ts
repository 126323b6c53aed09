import { randomUUID } from 'node:crypto';
import type { Db } from '../database.js';

export interface DevSms {
  id: string;
  outboxId: string;
  recipient: string;
  body: string;
  deliveredAt: string;
}

/** The organisation's text messages in the development SMS box, newest first. */
export async function listDevSms(db: Db, organisationId: string, limit: number): Promise<DevSms[]> {
  const rows = await db
    .selectFrom('dev_sms')
    .select(['id', 'outbox_id', 'recipient', 'body', 'delivered_at'])
    .where('organisation_id', '=', organisationId)
    .orderBy('delivered_at', 'desc')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((row) => ({ id: row.id, outboxId: row.outbox_id, recipient: row.recipient, body: row.body, deliveredAt: row.delivered_at }));
}

/** Keeps a delivered text message in the development SMS box of its organisation. */
export async function insertDevSms(db: Db, sms: { organisationId: string; outboxId: string; recipient: string; body: string }, deliveredAt: Date): Promise<void> {
  await db
    .insertInto('dev_sms')
    .values({
      id: randomUUID(),
      organisation_id: sms.organisationId,
      outbox_id: sms.outboxId,
      recipient: sms.recipient,
      sender: null,
      body: sms.body,
      delivered_at: deliveredAt.toISOString(),
    })
    .execute();
}
