import { sql, type Kysely } from 'kysely';
import type { ColumnTypes } from './column-types.js';

export async function up(db: Kysely<unknown>, t: ColumnTypes): Promise<void> {
  // Which claim a message in flight belongs to. A worker records an outcome, or extends its lease, only while its
  // token is still on the row: a takeover, a cancellation or a reschedule fences out the worker that was sending.
  await db.schema.alterTable('messages').addColumn('claim_token', 'text').execute();

  // When the message first fell due. next_attempt_at moves with every retry; the health check counts a message's
  // wait from here, so an outage shows as the age of what is still undelivered. Nullable only because SQLite
  // cannot add a NOT NULL column to a table with rows; every row written from now on has it.
  await db.schema.alterTable('messages').addColumn('due_at', t.instant).execute();
  await sql`update messages set due_at = next_attempt_at`.execute(db);

  // The health check reads these small sets on every call: messages waiting for another try, and recent failures.
  await db.schema
    .createIndex('messages_retry_idx')
    .on('messages')
    .column('due_at')
    .where(sql.ref('status'), '=', 'queued')
    .where(sql.ref('attempts'), '>', 0)
    .execute();
  await db.schema.createIndex('messages_failed_idx').on('messages').column('updated_at').where(sql.ref('status'), '=', 'failed').execute();
}
