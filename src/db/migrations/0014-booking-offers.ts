import { sql, type Kysely } from 'kysely';
import type { ColumnTypes } from './column-types.js';

export async function up(db: Kysely<unknown>, t: ColumnTypes): Promise<void> {
  // Times a recruiter offers the applicants of a project to book themselves (issue 13). Each offered slot is an
  // interview row of its own, so that a booked slot is moved, cancelled, reminded of and shown like any interview.
  await db.schema
    .createTable('booking_offers')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('project_id', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('duration_minutes', 'integer', (c) => c.notNull())
    .addColumn('location', 'text')
    .addColumn('meeting_url', 'text')
    .addColumn('seats_per_slot', 'integer', (c) => c.notNull())
    .addColumn('deadline_at', t.instant, (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    // The reminder the recruiter chose (channel, days before, the texts per language), made for each booking.
    .addColumn('reminder_json', 'text')
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addUniqueConstraint('booking_offers_organisation_id_id_key', ['organisation_id', 'id'])
    .addForeignKeyConstraint('booking_offers_project_fk', ['organisation_id', 'project_id'], 'projects', ['organisation_id', 'id'])
    .addForeignKeyConstraint('booking_offers_created_by_fk', ['organisation_id', 'created_by'], 'users', ['organisation_id', 'id'])
    .execute();
  await db.schema.createIndex('booking_offers_project_idx').on('booking_offers').columns(['organisation_id', 'project_id']).execute();

  // A slot's seats: 1 for an individual interview, more for a group session. A seat is booked by one conditional
  // update (booked_seats < seats), which holds on both engines however many processes book at once.
  await db.schema.alterTable('interviews').addColumn('offer_id', 'text', (c) => c.references('booking_offers.id')).execute();
  await db.schema.alterTable('interviews').addColumn('seats', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  await db.schema.alterTable('interviews').addColumn('booked_seats', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema
    .createIndex('interviews_offer_idx')
    .on('interviews')
    .columns(['offer_id', 'starts_at'])
    .where(sql.ref('offer_id'), 'is not', null)
    .execute();

  // An applicant's invitation to book: the link in their email leads to the offer's free slots. Once they book, the
  // booked slot's invitation (an ordinary one, `accepted`) is `invitation_id`.
  await db.schema
    .createTable('booking_invitations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organisation_id', 'text', (c) => c.notNull())
    .addColumn('offer_id', 'text', (c) => c.notNull())
    .addColumn('application_id', 'text', (c) => c.notNull().references('applications.id'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('link_hash', 'text', (c) => c.notNull().unique())
    .addColumn('invitation_id', 'text', (c) => c.references('invitations.id'))
    .addColumn('created_by', 'text', (c) => c.notNull())
    .addColumn('created_at', t.instant, (c) => c.notNull())
    .addColumn('updated_at', t.instant, (c) => c.notNull())
    .addUniqueConstraint('booking_invitations_offer_application_key', ['offer_id', 'application_id'])
    .addForeignKeyConstraint('booking_invitations_offer_fk', ['organisation_id', 'offer_id'], 'booking_offers', ['organisation_id', 'id'])
    .execute();
  await db.schema.createIndex('booking_invitations_application_idx').on('booking_invitations').column('application_id').execute();

  // An email about a booking carries the booking link, which the worker derives from this as the email leaves.
  await db.schema.alterTable('messages').addColumn('booking_invitation_id', 'text', (c) => c.references('booking_invitations.id')).execute();
}
