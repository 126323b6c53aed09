import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { databaseSnapshot } from '../../test/support/database-snapshot.js';
import { createBookingOffer } from '../../test/support/booking-offers.js';
import { createApplication, createOrganisation, createProject, createUser } from '../../test/support/factories.js';
import { createTestApp, type TestApp } from '../../test/support/test-app.js';
import { TEST_ENGINE } from '../../test/support/test-database.js';

let test: TestApp;
beforeEach(async () => {
  test = await createTestApp();
  test.clock.set('2026-03-02T08:00:00Z');
});
afterEach(() => test.close());

/**
 * Nordhavn Byg offers three 45-minute slots (two on Tuesday 10 March, one on Wednesday 11 March, Copenhagen time)
 * to Søren, with a deadline on Monday 9 March at 10:00.
 */
async function offer(options: { seats?: number; language?: string; startsAt?: string[] } = {}) {
  const db = test.ctx.db;
  const organisation = await createOrganisation(db, { name: 'Nordhavn Byg A/S' });
  const anna = await createUser(db, organisation.id, { name: 'Anna Holm' });
  const projectId = await createProject(db, organisation.id, anna.id, { title: 'Tømrer' });
  const { applicationId } = await createApplication(db, organisation.id, projectId, { firstName: 'Søren', language: options.language ?? 'da' });
  const created = await createBookingOffer(db, {
    organisationId: organisation.id,
    projectId,
    recruiterId: anna.id,
    startsAt: options.startsAt ?? ['2026-03-10T08:00:00Z', '2026-03-10T09:00:00Z', '2026-03-11T12:00:00Z'],
    seats: options.seats,
    deadlineAt: '2026-03-09T09:00:00Z',
    applications: [{ applicationId, language: options.language ?? 'da' }],
    secret: test.config.sessionSecret,
  });
  return { ...created, path: `/i/${created.links.get(applicationId)!}` };
}

const view = (path: string) => test.app.inject({ url: path });

describe(`the booking page on ${TEST_ENGINE}`, () => {
  it('lists the free times by day in the organisation’s zone, naming the zone and the deadline, in the candidate’s language', async () => {
    const { path, slotIds } = await offer({ language: 'en' });
    const page = await view(path);
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toContain("default-src 'none'");
    expect(page.body).toContain('<h1>Book a time for your interview</h1>');
    expect(page.body).toContain('All times are in <strong>Central European Time</strong>. Book by <strong>Monday, 9 March 2026 at 10:00 CET</strong>.');
    expect(page.body).toContain('<legend>Tuesday, 10 March 2026</legend>');
    expect(page.body).toContain(`value="${slotIds[0]}" required="required"> <span>09:00–09:45 CET</span>`);
    expect(page.body).toContain(`value="${slotIds[2]}" required="required"> <span>13:00–13:45 CET</span>`);
    expect(page.body).toContain('<dt>Interviewers</dt><dd>Anna Holm</dd>');
  });

  it('leaves out a full slot and one that has begun, and shows a group session’s seats left', async () => {
    const startsAt = ['2026-03-09T07:00:00Z', '2026-03-10T08:00:00Z', '2026-03-10T09:00:00Z', '2026-03-11T12:00:00Z'];
    const { path, slotIds } = await offer({ seats: 4, startsAt });
    await test.ctx.db.updateTable('interviews').set({ booked_seats: 4 }).where('id', '=', slotIds[1]!).execute();
    await test.ctx.db.updateTable('interviews').set({ booked_seats: 1 }).where('id', '=', slotIds[2]!).execute();
    test.clock.set('2026-03-09T08:00:00Z');
    const body = (await view(path)).body;
    expect(body).not.toContain(slotIds[0]!);
    expect(body).not.toContain(slotIds[1]!);
    expect(body).toContain(`value="${slotIds[2]}" required="required"> <span>10.00–10.45 CET</span> <span class="seats">Ledige pladser: 3</span>`);
    expect(body).toContain('<span class="seats">Ledige pladser: 4</span>');
  });

  it('says every time is booked and leaves the request for another time', async () => {
    const { path, slotIds } = await offer();
    await test.ctx.db.updateTable('interviews').set({ booked_seats: 1 }).where('id', 'in', slotIds).execute();
    const body = (await view(path)).body;
    expect(body).toContain('Alle tider er desværre booket.');
    expect(body).not.toContain('name="slot"');
    expect(body).toContain('name="answer" value="new_time_requested"');
  });

  it('closes at the deadline, and when the recruiter closes the offer', async () => {
    const first = await offer();
    test.clock.set('2026-03-09T09:00:00Z');
    const late = await view(first.path);
    expect(late.statusCode).toBe(200);
    expect(late.body).toContain('<h1>Bookingen er lukket</h1>');
    expect(late.body).not.toContain('<form');

    test.clock.set('2026-03-02T08:00:00Z');
    const second = await offer();
    await test.ctx.db.updateTable('booking_offers').set({ status: 'closed' }).where('id', '=', second.offerId).execute();
    expect((await view(second.path)).body).toContain('<h1>Bookingen er lukket</h1>');
  });

  it('changes nothing in the database when the link is only opened', async () => {
    const { path } = await offer();
    const before = await databaseSnapshot(test.ctx.db);
    for (let n = 0; n < 3; n++) expect((await view(path)).statusCode).toBe(200);
    expect(await databaseSnapshot(test.ctx.db)).toEqual(before);
  });

  it('answers a link of another kind of token, or none, with the neutral page', async () => {
    await offer();
    expect((await view(`/i/${'B'.repeat(43)}`)).statusCode).toBe(404);
  });
});
