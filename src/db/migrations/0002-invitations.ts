import type { Kysely } from 'kysely';
import type { ColumnTypes } from './column-types.js';

export async function up(db: Kysely<unknown>, t: ColumnTypes): Promise<void> {
  await db.schema
    .createTable('interviews')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('starts_at', t.instant, (c) => c.notNull())
    .addColumn('ends_at', t.instant, (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('meeting_url', 'text')
    .addColumn('sequence', 'integer', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addUniqueConstraint('interviews_organisation_id_id_key', ['organisation_id', 'id'])
    .addForeignKeyConstraint('interviews_project_fk', ['organisation_id', 'project_id'], 'projects', ['organisation_id', 'id'])
    .execute();
  await db.schema.createIndex('interviews_organisation_starts_idx').on('interviews').columns(['organisation_id', 'starts_at']).execute();

  await db.schema
    .createTable('interview_recruiters')
    .addColumn('interview_id', 'text', (c) => c.notNull())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('interview_recruiters_pk', ['interview_id', 'user_id'])
    .addForeignKeyConstraint('interview_recruiters_interview_fk', ['organisation_id', 'interview_id'], 'interviews', ['organisation_id', 'id'])
    .addForeignKeyConstraint('interview_recruiters_user_fk', ['organisation_id', 'user_id'], 'users', ['organisation_id', 'id'])
    .execute();
  await db.schema.createIndex('interview_recruiters_user_idx').on('interview_recruiters').column('user_id').execute();

  await db.schema
    .createTable('invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('interview_id', 'text', (c) => c.notNull())
    .addColumn('application_id', 'text', (c) => c.notNull())
    .addColumn('response_status', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('link_hash', 'text', (c) => c.notNull().unique())
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addForeignKeyConstraint('invitations_interview_fk', ['organisation_id', 'interview_id'], 'interviews', ['organisation_id', 'id'])
    .execute();
  await db.schema.createIndex('invitations_application_idx').on('invitations').column('application_id').execute();
  await db.schema.createIndex('invitations_interview_idx').on('invitations').column('interview_id').execute();

  // The outbox: written in the transaction that decides to send, delivered by the worker.
  await db.schema
    .createTable('messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('application_id', 'text')
    .addColumn('invitation_id', 'text')
    .addColumn('interview_id', 'text')
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('sender', 'text', (c) => c.notNull())
    .addColumn('reply_to', 'text')
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text_body', 'text', (c) => c.notNull())
    .addColumn('html_body', 'text')
    .addColumn('calendar_json', 'text')
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', t.instant, (c) => c.notNull())
    .addColumn('locked_until', t.instant)
    .addColumn('last_error', 'text')
    .addColumn('sent_at', t.instant)
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .execute();
  // Finding due messages reads only the due part of this index, however many are scheduled for later.
  await db.schema.createIndex('messages_due_idx').on('messages').columns(['status', 'next_attempt_at']).execute();
  await db.schema.createIndex('messages_application_idx').on('messages').column('application_id').execute();

  await db.schema
    .createTable('dev_mailbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('outbox_id', 'text', (c) => c.notNull())
    .addColumn('recipient', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('raw', 'text', (c) => c.notNull())
    .addColumn('delivered_at', t.instant, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('dev_mailbox_organisation_idx').on('dev_mailbox').columns(['organisation_id', 'delivered_at']).execute();

  await db.schema
    .createTable('email_templates')
    .addColumn('organisation_id', 'text', (c) => c.notNull().references('organisations.id'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'text', (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addPrimaryKeyConstraint('email_templates_pk', ['organisation_id', 'kind', 'language'])
    .execute();
}
