import type { Db } from '../database.js';

/**
 * Takes one seat of an offered slot, if one is free, the slot still stands and has not begun: one conditional
 * update, so that of any number of candidates booking at once, in one process or several, exactly as many get a
 * seat as there are seats. (PostgreSQL makes a second update of the row wait for the first and then checks the
 * condition again against what the first wrote; SQLite runs one writer at a time.) Whether it took one.
 */
export async function takeSeat(db: Db, organisationId: string, offerId: string, slotId: string, now: Date): Promise<boolean> {
  const at = now.toISOString();
  const result = await db
    .updateTable('interviews')
    // Who comes to the slot changed, so its calendar event has a new version.
    .set((eb) => ({ booked_seats: eb('booked_seats', '+', 1), sequence: eb('sequence', '+', 1), updated_at: at }))
    .where('organisation_id', '=', organisationId)
    .where('id', '=', slotId)
    .where('offer_id', '=', offerId)
    .where('status', '=', 'scheduled')
    .where('starts_at', '>', at)
    .whereRef('booked_seats', '<', 'seats')
    .executeTakeFirst();
  return result.numUpdatedRows === 1n;
}

/** Gives a seat back: the candidate moved to another slot or cancelled the booking. */
export async function releaseSeat(db: Db, organisationId: string, slotId: string, now: Date): Promise<void> {
  await db
    .updateTable('interviews')
    .set((eb) => ({ booked_seats: eb('booked_seats', '-', 1), sequence: eb('sequence', '+', 1), updated_at: now.toISOString() }))
    .where('organisation_id', '=', organisationId)
    .where('id', '=', slotId)
    .where('booked_seats', '>', 0)
    .execute();
}
