import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findDevMailRaw, listDevMail } from '../db/repositories/dev-mailbox.js';
import { deliverDue } from '../../test/support/outbox.js';
import { databaseSnapshot } from '../../test/support/database-snapshot.js';
import { createBookingOffer } from '../../test/support/booking-offers.js';
import type { OfferReminder } from '../use-cases/booking-reminders.js';
import { candidateEmailOf, createApplication, createOrganisation, createProject, createUser } from '../../test/support/factories.js';
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
async function offer(
  options: { seats?: number; language?: string; startsAt?: string[]; candidates?: number; recruiterEmail?: string; reminder?: Omit<OfferReminder, 'offeredBy'>; smsAccess?: boolean } = {},
) {
  const db = test.ctx.db;
  const organisation = await createOrganisation(db, { name: 'Nordhavn Byg A/S' });
  const anna = await createUser(db, organisation.id, { name: 'Anna Holm', smsAccess: options.smsAccess ?? true, ...(options.recruiterEmail && { email: options.recruiterEmail }) });
  const projectId = await createProject(db, organisation.id, anna.id, { title: 'Tømrer' });
  const applicationIds: string[] = [];
  for (let n = 0; n < (options.candidates ?? 1); n++) {
    applicationIds.push((await createApplication(db, organisation.id, projectId, { firstName: n === 0 ? 'Søren' : `Kandidat${n}`, language: options.language ?? 'da' })).applicationId);
  }
  const created = await createBookingOffer(db, {
    organisationId: organisation.id,
    projectId,
    recruiterId: anna.id,
    startsAt: options.startsAt ?? ['2026-03-10T08:00:00Z', '2026-03-10T09:00:00Z', '2026-03-11T12:00:00Z'],
    seats: options.seats,
    deadlineAt: '2026-03-09T09:00:00Z',
    applications: applicationIds.map((applicationId) => ({ applicationId, language: options.language ?? 'da' })),
    ...(options.reminder && { reminder: { ...options.reminder, offeredBy: anna.id } }),
    secret: test.config.sessionSecret,
  });
  const paths = applicationIds.map((applicationId) => `/i/${created.links.get(applicationId)!}`);
  return { ...created, organisationId: organisation.id, applicationIds, paths, path: paths[0]! };
}

/** `from`: the client's address; candidates booking at once come from as many phones. */
const view = (path: string, from = '127.0.0.1') => test.app.inject({ url: path, remoteAddress: from });
const formTokenOf = (page: string) => /name="csrf" value="([^"]+)"/.exec(page)![1]!;

/** Posts the booking page's form as a browser would, with the token of the page as it was shown. */
async function choose(path: string, fields: Record<string, string>, page?: string, from = '127.0.0.1') {
  const csrf = formTokenOf(page ?? (await view(path, from)).body);
  return test.app.inject({
    method: 'POST',
    url: path,
    remoteAddress: from,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ csrf, ...fields }).toString(),
  });
}

async function bookings(offerId: string) {
  return test.ctx.db
    .selectFrom('booking_invitations')
    .leftJoin('invitations', 'invitations.id', 'booking_invitations.invitation_id')
    .select(['booking_invitations.status', 'invitations.interview_id', 'invitations.response_status'])
    .where('booking_invitations.offer_id', '=', offerId)
    .execute();
}

const emailOf = (applicationId: string) => candidateEmailOf(test.ctx.db, applicationId);

/** The mails to `recipient` in the development mailbox, newest first, as their mail client reads them. */
async function mailsTo(organisationId: string, recipient: string) {
  const mails = (await listDevMail(test.ctx.db, organisationId, 50)).filter((mail) => mail.recipient === recipient);
  return Promise.all(
    mails.map(async (mail) => {
      const parsed = await simpleParser((await findDevMailRaw(test.ctx.db, organisationId, mail.id))!);
      const part = parsed.attachments.find((attachment) => attachment.contentType.startsWith('text/calendar'));
      const calendar = part && new ICAL.Component(ICAL.parse(part.content.toString('utf8')));
      const event = calendar?.getFirstSubcomponent('vevent');
      return {
        subject: parsed.subject ?? '',
        text: parsed.text ?? '',
        calendar: { method: calendar?.getFirstPropertyValue('method') ?? null, uid: event?.getFirstPropertyValue('uid') ?? null },
      };
    }),
  );
}

const mailTo = async (organisationId: string, recipient: string) => (await mailsTo(organisationId, recipient))[0]!;

async function seatsOf(slotIds: string[]) {
  const rows = await test.ctx.db.selectFrom('interviews').select(['id', 'booked_seats']).where('id', 'in', slotIds).execute();
  return slotIds.map((id) => rows.find((row) => row.id === id)!.booked_seats);
}

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

  it('stops working 30 days after the offer’s last slot, like an invitation’s link', async () => {
    const { path } = await offer();
    test.clock.set('2026-04-10T11:59:59Z');
    expect((await view(path)).statusCode).toBe(200);
    test.clock.set('2026-04-10T12:00:00Z');
    expect((await view(path)).statusCode).toBe(404);
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

describe(`booking a time on ${TEST_ENGINE}`, () => {
  it('books the chosen time as an accepted invitation to that slot, and shows the page again with it', async () => {
    const { path, slotIds, offerId } = await offer();
    const booked = await choose(path, { booking: 'book', slot: slotIds[1]! });
    expect(booked.statusCode).toBe(303);
    expect(booked.headers.location).toBe(path);
    expect(await bookings(offerId)).toEqual([{ status: 'booked', interview_id: slotIds[1], response_status: 'accepted' }]);
    expect(await seatsOf(slotIds)).toEqual([0, 1, 0]);

    const page = (await view(path)).body;
    expect(page).toContain('<p class="status">Din tid: <strong>tirsdag den 10. marts 2026, 10.00–10.45 CET</strong></p>');
    expect(page).toContain(`value="${slotIds[1]}" required="required" checked="checked">`);
  });

  it('changes to another time, giving the first back, and cancels, giving it back too', async () => {
    const { path, slotIds, offerId } = await offer();
    await choose(path, { booking: 'book', slot: slotIds[0]! });
    await choose(path, { booking: 'book', slot: slotIds[2]! });
    expect(await bookings(offerId)).toEqual([{ status: 'booked', interview_id: slotIds[2], response_status: 'accepted' }]);
    expect(await seatsOf(slotIds)).toEqual([0, 0, 1]);

    expect((await choose(path, { booking: 'cancel' })).statusCode).toBe(303);
    expect(await bookings(offerId)).toEqual([{ status: 'awaiting', interview_id: null, response_status: null }]);
    expect(await seatsOf(slotIds)).toEqual([0, 0, 0]);
    const actions = await test.ctx.db.selectFrom('audit_events').select('action').where('action', 'like', 'booking.%').orderBy('id').execute();
    expect(actions.map((event) => event.action)).toEqual(['booking.booked', 'booking.changed', 'booking.cancelled']);
  });

  it('gives each of ten single-seat slots to exactly one of fifty candidates choosing at once; the others see the page again without it', async () => {
    const startsAt = Array.from({ length: 10 }, (_, n) => new Date(Date.UTC(2026, 2, 10, 8 + n)).toISOString());
    const { paths, slotIds, offerId } = await offer({ startsAt, candidates: 50 });
    const phone = (n: number) => `10.0.0.${n + 1}`;
    const pages = await Promise.all(paths.map(async (path, n) => (await view(path, phone(n))).body));
    const answers = await Promise.all(paths.map((path, n) => choose(path, { booking: 'book', slot: slotIds[n % 10]! }, pages[n], phone(n))));

    expect(answers.filter((answer) => answer.statusCode === 303)).toHaveLength(10);
    const gone = answers.filter((answer) => answer.statusCode === 409);
    expect(gone).toHaveLength(40);
    for (const page of gone) {
      expect(page.body).toContain('Den tid, du valgte, blev netop booket af en anden.');
      // Every time is taken by then: the page offers the request for another one instead.
      expect(page.body).toContain('Alle tider er desværre booket.');
    }
    expect(await seatsOf(slotIds)).toEqual(Array(10).fill(1));
    expect((await bookings(offerId)).filter((booking) => booking.status === 'booked')).toHaveLength(10);
  });

  it('takes exactly four of ten candidates into a group slot of four seats', async () => {
    const { paths, slotIds, offerId } = await offer({ seats: 4, startsAt: ['2026-03-10T08:00:00Z'], candidates: 10 });
    const answers = await Promise.all(paths.map((path) => choose(path, { booking: 'book', slot: slotIds[0]! })));
    expect(answers.filter((answer) => answer.statusCode === 303)).toHaveLength(4);
    expect(await seatsOf(slotIds)).toEqual([4]);
    expect((await bookings(offerId)).filter((booking) => booking.status === 'booked')).toHaveLength(4);
  });

  it('refuses a booking after the deadline with the closed page, and books nothing', async () => {
    const { path, slotIds, offerId } = await offer();
    const page = (await view(path)).body;
    test.clock.set('2026-03-09T09:00:00Z');
    const late = await choose(path, { booking: 'book', slot: slotIds[2]! }, page);
    expect(late.statusCode).toBe(409);
    expect(late.body).toContain('<h1>Bookingen er lukket</h1>');
    expect(await seatsOf(slotIds)).toEqual([0, 0, 0]);
    expect(await bookings(offerId)).toEqual([{ status: 'awaiting', interview_id: null, response_status: null }]);
  });

  it('books nothing from a form without the page’s token, or naming a slot of another offer', async () => {
    const first = await offer();
    const second = await offer();
    const forged = await test.app.inject({
      method: 'POST',
      url: first.path,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ booking: 'book', slot: first.slotIds[0]!, csrf: 'forged' }).toString(),
    });
    expect(forged.statusCode).toBe(303);
    const foreign = await choose(first.path, { booking: 'book', slot: second.slotIds[0]! });
    expect(foreign.statusCode).toBe(409);
    expect(await seatsOf([...first.slotIds, ...second.slotIds])).toEqual([0, 0, 0, 0, 0, 0]);
  });

  it('asks for another time with the candidate’s message when none suits, and can still book after', async () => {
    const { path, slotIds, offerId, applicationIds } = await offer();
    const asked = await choose(path, { answer: 'new_time_requested', message: 'Kun efter kl. 15, tak' });
    expect(asked.statusCode).toBe(200);
    expect(asked.body).toContain('Vi kontakter dig');
    expect(await bookings(offerId)).toEqual([{ status: 'new_time_requested', interview_id: null, response_status: null }]);
    const history = await test.ctx.db.selectFrom('audit_events').select(['action', 'after_json']).where('subject_id', '=', applicationIds[0]!).execute();
    expect(history.map((event) => [event.action, JSON.parse(event.after_json!).message])).toEqual([['booking.answered', 'Kun efter kl. 15, tak']]);

    await choose(path, { booking: 'book', slot: slotIds[0]! });
    expect((await bookings(offerId))[0]!.status).toBe('booked');
  });

  it('withdraws the application only after “are you sure”, and the link then shows the withdrawn page', async () => {
    const { path, offerId, applicationIds } = await offer();
    const sure = await choose(path, { answer: 'not_relevant' });
    expect(sure.body).toContain('Vil du annullere din ansøgning?');
    expect(await bookings(offerId)).toEqual([{ status: 'awaiting', interview_id: null, response_status: null }]);

    const withdrawn = await choose(path, { answer: 'not_relevant', confirm: 'yes' }, sure.body);
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.body).toContain('<h1>Din ansøgning er annulleret</h1>');
    expect((await bookings(offerId))[0]!.status).toBe('not_relevant');
    const application = await test.ctx.db.selectFrom('applications').select('status').where('id', '=', applicationIds[0]!).executeTakeFirstOrThrow();
    expect(application.status).toBe('withdrawn');
    expect((await view(path)).body).toContain('Du har annulleret din ansøgning.');
  });

  it('withdraws with a booked time: the time is free again, its reminders go, and the application is withdrawn', async () => {
    const { path, slotIds, offerId, applicationIds } = await offer({ reminder: REMINDER });
    await choose(path, { booking: 'book', slot: slotIds[1]! });
    const booked = (await view(path)).body;
    // Booked, the page still offers the withdrawal (and the change of time), not the request for another time.
    expect(booked).toContain('name="answer" value="not_relevant"');
    expect(booked).not.toContain('value="new_time_requested"');

    const sure = await choose(path, { answer: 'not_relevant' }, booked);
    const withdrawn = await choose(path, { answer: 'not_relevant', confirm: 'yes' }, sure.body);
    expect(withdrawn.body).toContain('<h1>Din ansøgning er annulleret</h1>');
    expect(await bookings(offerId)).toEqual([{ status: 'not_relevant', interview_id: null, response_status: null }]);
    expect(await seatsOf(slotIds)).toEqual([0, 0, 0]);
    expect((await remindersOf(applicationIds[0]!)).map((r) => r.status)).toEqual(['cancelled']);
    const application = await test.ctx.db.selectFrom('applications').select('status').where('id', '=', applicationIds[0]!).executeTakeFirstOrThrow();
    expect(application.status).toBe('withdrawn');
    const invitation = await test.ctx.db.selectFrom('invitations').select('response_status').where('application_id', '=', applicationIds[0]!).executeTakeFirstOrThrow();
    expect(invitation.response_status).toBe('not_relevant');
  });

  it('confirms a booking to the candidate with the booking page’s link and the time for their calendar, and invites the slot’s recruiters', async () => {
    const { path, slotIds, organisationId, applicationIds } = await offer({ recruiterEmail: 'anna@org.example' });
    await choose(path, { booking: 'book', slot: slotIds[0]! });
    await deliverDue(test);
    const candidate = await emailOf(applicationIds[0]!);
    const confirmation = await mailTo(organisationId, candidate);
    expect(confirmation.subject).toBe('Bekræftet: personlig samtale om Tømrer');
    expect(confirmation.text).toContain('Tak, din tid er booket.');
    expect(confirmation.text).toContain('tirsdag den 10. marts 2026, 09.00–09.45 CET');
    expect(confirmation.text).toContain(`Du kan skifte til en anden tid eller aflyse her indtil fristen: http://localhost:3000${path}`);
    expect(confirmation.calendar).toMatchObject({ method: 'REQUEST', uid: `interview-${slotIds[0]}@samtale` });

    const annas = await mailTo(organisationId, 'anna@org.example');
    expect(annas.text).toMatch(/^En kandidat har booket en tid til samtale om stillingen Tømrer, og du er med\./);
    expect(annas.calendar).toMatchObject({ method: 'REQUEST', uid: `interview-${slotIds[0]}@samtale` });
  });

  it('releases the time a candidate changes away from: out of their calendar and the recruiters’, with the new one confirmed', async () => {
    const { path, slotIds, organisationId, applicationIds } = await offer({ recruiterEmail: 'anna@org.example' });
    await choose(path, { booking: 'book', slot: slotIds[0]! });
    await deliverDue(test);
    test.clock.set('2026-03-02T08:01:00Z');
    await choose(path, { booking: 'book', slot: slotIds[2]! });
    await deliverDue(test);
    const candidate = await emailOf(applicationIds[0]!);
    const mails = await mailsTo(organisationId, candidate);
    expect(mails.map((mail) => [mail.subject, mail.calendar.method, mail.calendar.uid])).toEqual(
      expect.arrayContaining([
        ['Bekræftet: personlig samtale om Tømrer', 'REQUEST', `interview-${slotIds[0]}@samtale`],
        ['Frigivet: personlig samtale om Tømrer', 'CANCEL', `interview-${slotIds[0]}@samtale`],
        ['Bekræftet: personlig samtale om Tømrer', 'REQUEST', `interview-${slotIds[2]}@samtale`],
      ]),
    );
    expect(mails).toHaveLength(3);
    const annas = await mailsTo(organisationId, 'anna@org.example');
    expect(annas.map((mail) => [mail.calendar.method, mail.calendar.uid])).toEqual(
      expect.arrayContaining([
        ['REQUEST', `interview-${slotIds[0]}@samtale`],
        ['CANCEL', `interview-${slotIds[0]}@samtale`],
        ['REQUEST', `interview-${slotIds[2]}@samtale`],
      ]),
    );
    expect(annas).toHaveLength(3);
    expect(annas.find((mail) => mail.calendar.method === 'CANCEL')!.subject).toMatch(/^Ikke længere booket: /);
  });

});

describe(`what an ATS hears of a booking on ${TEST_ENGINE}`, () => {
  it('is an answered invitation: accepted when booked, again when changed, cancelled when given back', async () => {
    const { path, slotIds, organisationId } = await offer();
    const recruiter = await test.ctx.db.selectFrom('users').select('id').where('organisation_id', '=', organisationId).executeTakeFirstOrThrow();
    await test.ctx.db
      .insertInto('webhook_endpoints')
      .values({ id: crypto.randomUUID(), organisation_id: organisationId, url: 'https://ats.example/samtale', events_json: '["invitation.answered"]', created_by: recruiter.id, created_at: '2026-03-01T08:00:00.000Z', removed_at: null })
      .execute();
    await choose(path, { booking: 'book', slot: slotIds[0]! });
    await choose(path, { booking: 'book', slot: slotIds[1]! });
    await choose(path, { booking: 'cancel' });
    const events = await test.ctx.db.selectFrom('messages').select('text_body').where('channel', '=', 'webhook').orderBy('id').execute();
    const told = events.map((event) => JSON.parse(event.text_body) as { type: string; data: { answer: { responseStatus: string; by: string }; interview: { id: string } } });
    expect(told.map((event) => [event.type, event.data.answer.responseStatus, event.data.answer.by, event.data.interview.id])).toEqual([
      ['invitation.answered', 'accepted', 'candidate', slotIds[0]],
      ['invitation.answered', 'accepted', 'candidate', slotIds[1]],
      ['invitation.answered', 'cancelled', 'candidate', slotIds[1]],
    ]);
  });
});

const REMINDER: Omit<OfferReminder, 'offeredBy'> = {
  request: {
    channel: 'sms_email',
    daysBefore: 2,
    email: { variants: { da: { subject: 'Husk {interviewdate}', body: 'Hej {firstname}, vi ses kl. {interviewtime}. Skift tid: {confirmlink}', signature: '' } } },
    sms: { variants: { da: { text: 'Husk samtalen {interviewdate} kl. {interviewtime}' } } },
  },
};

async function remindersOf(applicationId: string) {
  return test.ctx.db
    .selectFrom('messages')
    .select(['channel', 'status', 'next_attempt_at', 'not_after', 'interview_id'])
    .where('kind', '=', 'reminder')
    .where('application_id', '=', applicationId)
    .orderBy('channel')
    .orderBy('next_attempt_at')
    .execute();
}

describe(`the reminders of a booked time on ${TEST_ENGINE}`, () => {
  it('are made for the booked time at 09:00 local, two days before, across the change to summer time', async () => {
    // Monday 30 March 2026, 09:00 in Copenhagen (summer time since the 29th): the reminder is due Saturday the 28th
    // at 09:00, still winter time, so 08:00 UTC rather than 07:00.
    const { path, slotIds, applicationIds } = await offer({ startsAt: ['2026-03-30T07:00:00Z'], reminder: REMINDER });
    await test.ctx.db.updateTable('candidates').set({ mobile: '+4520123456' }).execute();
    await choose(path, { booking: 'book', slot: slotIds[0]! });
    expect(await remindersOf(applicationIds[0]!)).toEqual([
      { channel: 'email', status: 'queued', next_attempt_at: '2026-03-28T08:00:00.000Z', not_after: '2026-03-30T07:00:00.000Z', interview_id: slotIds[0] },
      { channel: 'sms', status: 'queued', next_attempt_at: '2026-03-28T08:00:00.000Z', not_after: '2026-03-30T07:00:00.000Z', interview_id: slotIds[0] },
    ]);
  });

  it('follow a change of time, and go with a cancelled booking', async () => {
    const { path, slotIds, applicationIds } = await offer({ reminder: REMINDER });
    await choose(path, { booking: 'book', slot: slotIds[0]! });
    await choose(path, { booking: 'book', slot: slotIds[2]! });
    const afterChange = await remindersOf(applicationIds[0]!);
    expect(afterChange.map((r) => [r.status, r.interview_id, r.next_attempt_at])).toEqual([
      ['cancelled', slotIds[0], '2026-03-08T08:00:00.000Z'],
      ['queued', slotIds[2], '2026-03-09T08:00:00.000Z'],
    ]);
    await choose(path, { booking: 'cancel' });
    expect((await remindersOf(applicationIds[0]!)).map((r) => r.status)).toEqual(['cancelled', 'cancelled']);
  });

  it('carry the booking page’s link, and are emails alone when the offering recruiter has lost SMS access', async () => {
    const { path, slotIds, applicationIds, organisationId } = await offer({ reminder: REMINDER, smsAccess: false });
    await test.ctx.db.updateTable('candidates').set({ mobile: '+4520123456' }).execute();
    await choose(path, { booking: 'book', slot: slotIds[0]! });
    expect((await remindersOf(applicationIds[0]!)).map((r) => r.channel)).toEqual(['email']);
    test.clock.set('2026-03-08T08:00:00Z');
    await deliverDue(test);
    const reminder = (await mailsTo(organisationId, await emailOf(applicationIds[0]!))).find((mail) => mail.subject.startsWith('Husk'));
    expect(reminder!.text).toContain(`Skift tid: http://localhost:3000${path}`);
  });
});
