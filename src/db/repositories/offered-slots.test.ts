import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBookingOffer } from '../../../test/support/booking-offers.js';
import { createOrganisation, createProject, createUser } from '../../../test/support/factories.js';
import { createTestDatabase, TEST_ENGINE, type TestDatabase } from '../../../test/support/test-database.js';
import { releaseSeat, takeSeat } from './offered-slots.js';

const NOW = new Date('2026-03-02T08:00:00Z');
let database: TestDatabase;
beforeEach(async () => {
  database = await createTestDatabase();
});
afterEach(() => database.close());

/** An organisation's offer of `count` slots with `seats` seats each, from 10 March 2026 09:00 UTC, hourly. */
async function offer(count: number, seats: number) {
  const db = database.db;
  const organisation = await createOrganisation(db);
  const recruiter = await createUser(db, organisation.id);
  const projectId = await createProject(db, organisation.id, recruiter.id);
  const startsAt = Array.from({ length: count }, (_, index) => new Date(Date.UTC(2026, 2, 10, 9 + index)).toISOString());
  const { offerId, slotIds } = await createBookingOffer(db, { organisationId: organisation.id, projectId, recruiterId: recruiter.id, startsAt, seats, deadlineAt: '2026-03-09T09:00:00.000Z' });
  return { organisationId: organisation.id, offerId, slotIds };
}

/** Each candidate books in a transaction of their own, all at once, as from as many browsers. */
function bookAtOnce({ organisationId, offerId }: { organisationId: string; offerId: string }, slotChoices: string[]): Promise<boolean[]> {
  return Promise.all(slotChoices.map((slotId) => database.db.transaction().execute((trx) => takeSeat(trx, organisationId, offerId, slotId, NOW))));
}

async function bookedSeats(slotIds: string[]): Promise<number[]> {
  const rows = await database.db.selectFrom('interviews').select(['id', 'booked_seats']).where('id', 'in', slotIds).execute();
  return slotIds.map((id) => rows.find((row) => row.id === id)!.booked_seats);
}

describe(`a seat in an offered slot on ${TEST_ENGINE}`, () => {
  it('goes to exactly one of five candidates booking each of ten single-seat slots at once: 10 booked, 40 refused', async () => {
    const offered = await offer(10, 1);
    const { slotIds } = offered;
    const outcomes = await bookAtOnce(offered, Array.from({ length: 50 }, (_, n) => slotIds[n % 10]!));
    expect(outcomes.filter(Boolean)).toHaveLength(10);
    expect(await bookedSeats(slotIds)).toEqual(Array(10).fill(1));
  });

  it('goes to exactly four of ten candidates booking a group slot of four seats at once', async () => {
    const offered = await offer(1, 4);
    const { slotIds } = offered;
    const outcomes = await bookAtOnce(offered, Array(10).fill(slotIds[0]));
    expect(outcomes.filter(Boolean)).toHaveLength(4);
    expect(await bookedSeats(slotIds)).toEqual([4]);
  });

  it('is free again when given back, and never counted below nothing', async () => {
    const { organisationId, offerId, slotIds } = await offer(1, 1);
    const slot = slotIds[0]!;
    expect(await takeSeat(database.db, organisationId, offerId, slot, NOW)).toBe(true);
    expect(await takeSeat(database.db, organisationId, offerId, slot, NOW)).toBe(false);
    await releaseSeat(database.db, organisationId, slot, NOW);
    await releaseSeat(database.db, organisationId, slot, NOW);
    expect(await bookedSeats(slotIds)).toEqual([0]);
    expect(await takeSeat(database.db, organisationId, offerId, slot, NOW)).toBe(true);
  });

  it('is not taken in a slot that has begun, was cancelled, is of another offer or another organisation’s', async () => {
    const { organisationId, offerId, slotIds } = await offer(3, 1);
    const [begun, cancelled, other] = slotIds as [string, string, string];
    expect(await takeSeat(database.db, organisationId, offerId, begun, new Date('2026-03-10T09:00:00Z'))).toBe(false);
    await database.db.updateTable('interviews').set({ status: 'cancelled' }).where('id', '=', cancelled).execute();
    expect(await takeSeat(database.db, organisationId, offerId, cancelled, NOW)).toBe(false);
    const stranger = await createOrganisation(database.db);
    expect(await takeSeat(database.db, stranger.id, offerId, other, NOW)).toBe(false);
    const another = await offer(1, 1);
    expect(await takeSeat(database.db, organisationId, another.offerId, other, NOW)).toBe(false);
    expect(await bookedSeats(slotIds)).toEqual([0, 0, 0]);
  });

  it('is never taken in an interview that was not offered for booking', async () => {
    const { organisationId, offerId, slotIds } = await offer(1, 1);
    await database.db.updateTable('interviews').set({ offer_id: null }).where('id', '=', slotIds[0]!).execute();
    expect(await takeSeat(database.db, organisationId, offerId, slotIds[0]!, NOW)).toBe(false);
  });
});
