import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { candidateEmailOf, createOrganisation, createUser } from '../../../../test/support/factories.js';
import { deliverDue } from '../../../../test/support/outbox.js';
import { recruitmentProject as sharedRecruitmentProject } from '../../../../test/support/recruitment-project.js';
import { createTestApp, logInAs, type TestApp } from '../../../../test/support/test-app.js';
import { TEST_ENGINE } from '../../../../test/support/test-database.js';
import { findDevMailRaw, listDevMail } from '../../../db/repositories/dev-mailbox.js';

let test: TestApp;
beforeEach(async () => {
  test = await createTestApp();
  // Monday 2 March 2026, 09:00 in Copenhagen.
  test.clock.set('2026-03-02T08:00:00Z');
});
afterEach(() => test.close());

async function recruitmentProject() {
  const setup = await sharedRecruitmentProject(test, 'Tømrer');
  return { ...setup, applicant: async (firstName: string, language = 'da') => (await setup.applicant(firstName, language)).applicationId };
}

type Setup = Awaited<ReturnType<typeof recruitmentProject>>;

/** Two windows on Tuesday and Wednesday, Copenhagen time: 09:00–10:30 in 30-minute slots, and 13:00–14:00. */
function offerBody(setup: Setup, applicationIds: string[], offer: object = {}, email: object = {}) {
  return {
    applicationIds,
    offer: {
      type: 'in_person',
      recruiterIds: [setup.anna.id],
      durationMinutes: 30,
      location: 'Havnegade 1',
      windows: [
        { date: '2026-03-10', from: '09:00', to: '10:30' },
        { date: '2026-03-11', from: '13:00', to: '14:00' },
      ],
      ...offer,
    },
    email: {
      action: 'send_email',
      variants: {
        da: { subject: 'Vælg en tid: {jobtitle}', body: 'Kære {firstname}\n\nDage: {interviewdate}\nTidsrum: {interviewtime}\n\nVælg senest {bookingdeadline}.' },
        en: { subject: 'Choose a time: {jobtitle}', body: 'Dear {firstname}\n\nChoose by {bookingdeadline}.' },
      },
      ...email,
    },
  };
}

const api = (setup: { cookie: string }, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  test.app.inject({ method, url, headers: { cookie: setup.cookie }, ...(payload !== undefined && { payload }) });

async function makeOffer(setup: Setup, applicationIds: string[], offer: object = {}) {
  const response = await api(setup, 'POST', `/api/projects/${setup.projectId}/booking-offers`, offerBody(setup, applicationIds, offer));
  expect(response.statusCode, response.body).toBe(201);
  return response.json();
}

const emailOf = (applicationId: string) => candidateEmailOf(test.ctx.db, applicationId);

/** Books a slot from the booking page as the candidate's browser would. */
async function book(bookingUrl: string, slotId: string) {
  const path = new URL(bookingUrl).pathname;
  const page = await test.app.inject({ url: path });
  const csrf = /name="csrf" value="([^"]+)"/.exec(page.body)![1]!;
  return test.app.inject({
    method: 'POST',
    url: path,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: new URLSearchParams({ csrf, booking: 'book', slot: slotId }).toString(),
  });
}

describe(`offering times on ${TEST_ENGINE}`, () => {
  it('previews the slots of the windows in the organisation’s zone, the default deadline a day before the first, and each email in its language', async () => {
    const setup = await recruitmentProject();
    const søren = await setup.applicant('Søren', 'da');
    const emma = await setup.applicant('Emma', 'en');
    const response = await api(setup, 'POST', `/api/projects/${setup.projectId}/booking-offers/preview`, offerBody(setup, [søren, emma]));

    expect(response.statusCode, response.body).toBe(200);
    const preview = response.json();
    expect(preview.slots.map((slot: { startsAt: string }) => slot.startsAt)).toEqual([
      '2026-03-10T08:00:00.000Z',
      '2026-03-10T08:30:00.000Z',
      '2026-03-10T09:00:00.000Z',
      '2026-03-11T12:00:00.000Z',
      '2026-03-11T12:30:00.000Z',
    ]);
    expect(preview.deadlineAt).toBe('2026-03-09T08:00:00.000Z');
    const [da, en] = preview.recipients;
    expect(da).toMatchObject({ applicationId: søren, language: 'da', email: { subject: 'Vælg en tid: Tømrer' } });
    expect(da.email.text).toContain('Dage: tirsdag 10.–onsdag 11. marts 2026\nTidsrum: 09.00–14.00 CET');
    expect(da.email.text).toContain('Vælg senest mandag den 9. marts 2026 kl. 09.00 CET.');
    // The link sentence is appended, as on an invitation, and points at the candidate page.
    expect(da.email.text).toContain('\n\nVælg din tid her: http://localhost:3000/i/');
    expect(en.email.text).toContain('Choose by Monday, 9 March 2026 at 09:00 CET.');
    expect(await test.ctx.db.selectFrom('booking_offers').selectAll().execute()).toEqual([]);
    expect(await test.ctx.db.selectFrom('interviews').selectAll().execute()).toEqual([]);
  });

  it('offers the times: the slots are free interviews, each applicant gets an email with their own link to book, and the applications are invited', async () => {
    const setup = await recruitmentProject();
    const søren = await setup.applicant('Søren', 'da');
    const emma = await setup.applicant('Emma', 'en');
    const offer = await makeOffer(setup, [søren, emma], { slots: [{ date: '2026-03-12', time: '15:00' }] });

    expect(offer.slots).toHaveLength(6);
    expect(offer.bookingInvitations.map((invitation: { applicationId: string }) => invitation.applicationId)).toEqual([søren, emma]);
    const slots = await test.ctx.db.selectFrom('interviews').select(['offer_id', 'seats', 'booked_seats', 'status']).execute();
    expect(slots.every((slot) => slot.offer_id === offer.offerId && slot.seats === 1 && slot.booked_seats === 0 && slot.status === 'scheduled')).toBe(true);
    const statuses = await test.ctx.db.selectFrom('applications').select('status').execute();
    expect(statuses.map((row) => row.status)).toEqual(['invited_to_interview', 'invited_to_interview']);

    await deliverDue(test);
    const mail = await listDevMail(test.ctx.db, setup.organisation.id, 10);
    expect(mail.map((m) => m.subject).sort()).toEqual(['Choose a time: Tømrer', 'Vælg en tid: Tømrer']);
    const sørensMail = await simpleParser((await findDevMailRaw(test.ctx.db, setup.organisation.id, mail.find((m) => m.subject.startsWith('Vælg'))!.id))!);
    // No calendar file: nothing is booked yet, and a free slot is not a meeting.
    expect(sørensMail.attachments).toEqual([]);
    const sørensUrl = offer.bookingInvitations[0].bookingUrl as string;
    expect(sørensMail.text).toContain(sørensUrl);

    // The link leads to the booking page with the offered times.
    const page = await test.app.inject({ url: new URL(sørensUrl).pathname });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('09.00');
    expect((await book(sørensUrl, offer.slots[0].id)).statusCode).toBe(303);

    const view = (await api(setup, 'GET', `/api/booking-offers/${offer.offerId}`)).json();
    expect(view.slots[0]).toMatchObject({ booked: 1, bookings: [{ applicationId: søren, candidate: { firstName: 'Søren' } }] });
    expect(view.slots.slice(1).every((slot: { booked: number }) => slot.booked === 0)).toBe(true);
    expect(view.invitees.map((invitee: { candidate: { firstName: string }; status: string; slotId: string | null }) => [invitee.candidate.firstName, invitee.status, invitee.slotId])).toEqual([
      ['Emma', 'awaiting', null],
      ['Søren', 'booked', offer.slots[0].id],
    ]);
    expect(view.recruiters).toEqual([{ id: setup.anna.id, name: 'Anna Holm' }]);

    const sørensPage = (await api(setup, 'GET', `/api/applications/${søren}`)).json();
    expect(sørensPage.bookingInvitations).toEqual([
      expect.objectContaining({ offerId: offer.offerId, status: 'booked', slot: { id: offer.slots[0].id, startsAt: '2026-03-10T08:00:00.000Z', endsAt: '2026-03-10T08:30:00.000Z' }, noReply: false }),
    ]);
    const emmasPage = (await api(setup, 'GET', `/api/applications/${emma}`)).json();
    expect(emmasPage.bookingInvitations).toEqual([expect.objectContaining({ status: 'awaiting', slot: null, deadlineAt: '2026-03-09T08:00:00.000Z' })]);

    const list = (await api(setup, 'GET', `/api/projects/${setup.projectId}/booking-offers`)).json();
    expect(list.offers).toEqual([expect.objectContaining({ id: offer.offerId, status: 'open', slotCount: 6, seats: 6, booked: 1, invitees: 2, awaiting: 1 })]);
  });

  it('shows the offered slots in the calendar free or booked, and puts only the booked one in the recruiter’s feed', async () => {
    const setup = await recruitmentProject();
    const søren = await setup.applicant('Søren');
    const offer = await makeOffer(setup, [søren]);
    await book(offer.bookingInvitations[0].bookingUrl, offer.slots[1].id);

    const calendar = (await api(setup, 'GET', `/api/calendar?${new URLSearchParams({ from: '2026-03-09T23:00:00Z', to: '2026-03-12T23:00:00Z' })}`)).json();
    expect(calendar.items.map((item: { time: string; offer: { booked: number }; invitees: { candidate: { firstName: string } }[] }) => [item.time, item.offer.booked, item.invitees.map((i) => i.candidate.firstName)])).toEqual([
      ['09:00', 0, []],
      ['09:30', 1, ['Søren']],
      ['10:00', 0, []],
      ['13:00', 0, []],
      ['13:30', 0, []],
    ]);

    const { url } = (await api(setup, 'POST', '/api/me/calendar-feed', {})).json();
    const feed = (await test.app.inject({ url: new URL(url).pathname + new URL(url).search })).body;
    expect(feed.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(feed).toContain('DTSTART;TZID=Europe/Copenhagen:20260310T093000');
  });

  it('moves and cancels a booked slot like any interview, telling only who holds it now, and lets them choose again after a cancellation', async () => {
    const setup = await recruitmentProject();
    const søren = await setup.applicant('Søren');
    const emma = await setup.applicant('Emma', 'en');
    const offer = await makeOffer(setup, [søren, emma]);
    const [sørensUrl, emmasUrl] = offer.bookingInvitations.map((invitation: { bookingUrl: string }) => invitation.bookingUrl);
    const slot = offer.slots[0].id;
    // Søren books the first time and gives it back; Emma then books it.
    await book(sørensUrl, slot);
    const sørensPage = await test.app.inject({ url: new URL(sørensUrl).pathname });
    const csrf = /name="csrf" value="([^"]+)"/.exec(sørensPage.body)![1]!;
    await test.app.inject({
      method: 'POST',
      url: new URL(sørensUrl).pathname,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: new URLSearchParams({ csrf, booking: 'cancel' }).toString(),
    });
    await book(emmasUrl, slot);
    await deliverDue(test);
    const mailTo = async (who: string) => (await listDevMail(test.ctx.db, setup.organisation.id, 50)).filter((m) => m.recipient === who).map((m) => m.subject);
    const sørensBefore = await mailTo(await emailOf(søren));

    const moved = await api(setup, 'PATCH', `/api/interviews/${slot}`, { time: '11:00' });
    expect(moved.statusCode, moved.body).toBe(200);
    await deliverDue(test);
    expect(await mailTo(await emailOf(søren))).toEqual(sørensBefore);
    expect((await mailTo(await emailOf(emma))).filter((subject) => subject.startsWith('Changed'))).toHaveLength(1);

    const cancelled = await api(setup, 'POST', `/api/interviews/${slot}/cancel`, {});
    expect(cancelled.statusCode, cancelled.body).toBe(200);
    await deliverDue(test);
    expect(await mailTo(await emailOf(søren))).toEqual(sørensBefore);
    expect((await mailTo(await emailOf(emma))).filter((subject) => subject.startsWith('Cancelled'))).toHaveLength(1);
    const view = (await api(setup, 'GET', `/api/booking-offers/${offer.offerId}`)).json();
    expect(view.invitees.map((invitee: { status: string; slotId: string | null }) => [invitee.status, invitee.slotId])).toEqual([
      ['awaiting', null],
      ['awaiting', null],
    ]);
    expect((await book(emmasUrl, offer.slots[1].id)).statusCode).toBe(303);
  });

  it('moves and cancels a free slot without a word to its recruiters, in whose calendars it never was', async () => {
    const setup = await recruitmentProject();
    const offer = await makeOffer(setup, [await setup.applicant('Søren')]);
    const free = offer.slots[2].id;
    const detail = (await api(setup, 'GET', `/api/interviews/${free}`)).json();
    expect(detail.offerId).toBe(offer.offerId);
    expect((await api(setup, 'PATCH', `/api/interviews/${free}`, { time: '11:00' })).statusCode).toBe(200);
    expect((await api(setup, 'POST', `/api/interviews/${free}/cancel`, {})).statusCode).toBe(200);
    await deliverDue(test);
    expect((await listDevMail(test.ctx.db, setup.organisation.id, 50)).filter((mail) => mail.recipient === setup.anna.email)).toEqual([]);
  });

  it('flags an applicant who has not booked two working days after the email', async () => {
    const setup = await recruitmentProject();
    const offer = await makeOffer(setup, [await setup.applicant('Søren')]);
    // Signed in anew each day, as a session ends after a day idle.
    const flagged = async () => (await api({ cookie: await logInAs(test.app, setup.anna.email) }, 'GET', `/api/booking-offers/${offer.offerId}`)).json().invitees[0].noReply;
    test.clock.set('2026-03-03T08:00:00Z');
    expect(await flagged()).toBe(false);
    test.clock.set('2026-03-04T09:00:00Z');
    expect(await flagged()).toBe(true);
  });

  it('warns of a recruiter’s free offered time as an offered time, and of a booked one as an interview', async () => {
    const setup = await recruitmentProject();
    const søren = await setup.applicant('Søren');
    const first = await makeOffer(setup, [søren], { windows: [{ date: '2026-03-10', from: '09:00', to: '10:00' }] });
    await book(first.bookingInvitations[0].bookingUrl, first.slots[0].id);
    const preview = await api(setup, 'POST', `/api/projects/${setup.projectId}/booking-offers/preview`, offerBody(setup, [await setup.applicant('Emma')], { windows: [{ date: '2026-03-10', from: '09:00', to: '10:00' }] }));
    const busy = preview.json().warnings.filter((warning: { code: string }) => warning.code === 'recruiter_busy');
    expect(busy.map((warning: { startsAt: string; offered?: boolean }) => [warning.startsAt, warning.offered ?? false])).toEqual([
      ['2026-03-10T08:00:00.000Z', false],
      ['2026-03-10T08:30:00.000Z', true],
    ]);
  });

  it('gives a group slot the seats asked for, and refuses more than one seat for anything but a group', async () => {
    const setup = await recruitmentProject();
    const søren = await setup.applicant('Søren');
    const group = await makeOffer(setup, [søren], { type: 'group', seatsPerSlot: 4, windows: [{ date: '2026-03-10', from: '09:00', to: '10:00' }] });
    expect(group.slots.map((slot: { seats: number }) => slot.seats)).toEqual([4, 4]);

    const refused = await api(setup, 'POST', `/api/projects/${setup.projectId}/booking-offers`, offerBody(setup, [søren], { seatsPerSlot: 2 }));
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.details).toEqual([expect.objectContaining({ field: 'offer.seatsPerSlot' })]);
  });

  it('tells every window’s problem at its own field, and stores nothing', async () => {
    const setup = await recruitmentProject();
    const søren = await setup.applicant('Søren');
    const response = await api(
      setup,
      'POST',
      `/api/projects/${setup.projectId}/booking-offers`,
      offerBody(setup, [søren], {
        windows: [
          { date: '2026-03-10', from: '09:00', to: '12:00' },
          { date: '2026-03-01', from: '09:00', to: '12:00' },
          { date: '2026-03-10', from: '11:00', to: '11:20' },
        ],
      }),
    );
    expect(response.statusCode).toBe(400);
    expect(response.json().error.details.map((detail: { field: string }) => detail.field)).toEqual(['offer.windows[0]', 'offer.windows[1]', 'offer.windows[2]']);
    expect(response.json().error.details[1].message).toBe('is in the past.');
    expect(await test.ctx.db.selectFrom('booking_offers').selectAll().execute()).toEqual([]);
    expect(await test.ctx.db.selectFrom('messages').selectAll().execute()).toEqual([]);
  });

  it('refuses a deadline after the first slot begins, and a first slot too soon for the default deadline', async () => {
    const setup = await recruitmentProject();
    const søren = await setup.applicant('Søren');
    const late = await api(setup, 'POST', `/api/projects/${setup.projectId}/booking-offers`, offerBody(setup, [søren], { deadline: { date: '2026-03-10', time: '09:30' } }));
    expect(late.statusCode).toBe(400);
    expect(late.json().error.details).toEqual([{ field: 'offer.deadline', in: 'body', message: 'is after the first offered time begins: it must be no later than that.' }]);

    const tomorrow = await api(setup, 'POST', `/api/projects/${setup.projectId}/booking-offers`, offerBody(setup, [søren], { windows: [{ date: '2026-03-03', from: '08:00', to: '09:00' }] }));
    expect(tomorrow.statusCode).toBe(400);
    expect(tomorrow.json().error.details[0].field).toBe('offer.deadline');

    const chosen = await makeOffer(setup, [søren], { windows: [{ date: '2026-03-03', from: '08:00', to: '09:00' }], deadline: { date: '2026-03-02', time: '20:00' } });
    expect(chosen.deadlineAt).toBe('2026-03-02T19:00:00.000Z');
  });

  it('lets an invitation to book say its deadline, but not an interview invitation, which has none', async () => {
    const setup = await recruitmentProject();
    const søren = await setup.applicant('Søren');
    const unknown = await api(setup, 'POST', `/api/projects/${setup.projectId}/booking-offers`, offerBody(setup, [søren], {}, { variants: { da: { subject: 'Hej', body: '{fornavn}' } } }));
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.details[0]).toMatchObject({ field: 'email.variants.da.body' });

    const invitation = await api(setup, 'POST', `/api/projects/${setup.projectId}/interview-invitations/preview`, {
      applicationIds: [søren],
      interview: { type: 'in_person', recruiterIds: [setup.anna.id], date: '2026-03-10', time: '10:00', durationMinutes: 45 },
      email: { action: 'send_email', variants: { da: { subject: 'Hej', body: 'Svar senest {bookingdeadline}' } } },
    });
    expect(invitation.statusCode).toBe(400);
    expect(invitation.json().error.details[0].message).toContain('{bookingdeadline}');
  });

  it('adds times like the offer’s others and refuses one over a time already offered', async () => {
    const setup = await recruitmentProject();
    const offer = await makeOffer(setup, [await setup.applicant('Søren')]);
    const added = await api(setup, 'POST', `/api/booking-offers/${offer.offerId}/slots`, { slots: [{ date: '2026-03-12', time: '10:00' }] });
    expect(added.statusCode, added.body).toBe(200);
    expect(added.json().slots.at(-1)).toMatchObject({ startsAt: '2026-03-12T09:00:00.000Z', endsAt: '2026-03-12T09:30:00.000Z', seats: 1, booked: 0 });
    expect(added.json().slots).toHaveLength(6);

    const overlapping = await api(setup, 'POST', `/api/booking-offers/${offer.offerId}/slots`, { slots: [{ date: '2026-03-10', time: '09:15' }] });
    expect(overlapping.statusCode).toBe(400);
    expect(overlapping.json().error.details[0]).toMatchObject({ field: 'slots[0]', message: 'overlaps another of the offered times.' });
    expect(overlapping.json().error.message).toBe('body.slots[0] overlaps another of the offered times.');
  });

  it('reminds only those still to book, with their own link, and the subject marked as a reminder', async () => {
    const setup = await recruitmentProject();
    const søren = await setup.applicant('Søren');
    const emma = await setup.applicant('Emma', 'en');
    const offer = await makeOffer(setup, [søren, emma]);
    await book(offer.bookingInvitations[0].bookingUrl, offer.slots[0].id);
    await deliverDue(test);

    const reminded = await api(setup, 'POST', `/api/booking-offers/${offer.offerId}/reminders`, {});
    expect(reminded.json()).toEqual({ reminded: 1 });
    await deliverDue(test);
    const mail = await listDevMail(test.ctx.db, setup.organisation.id, 20);
    const reminder = mail.find((m) => m.subject === 'Reminder: Choose a time: Tømrer')!;
    const parsed = await simpleParser((await findDevMailRaw(test.ctx.db, setup.organisation.id, reminder.id))!);
    expect(reminder.recipient).toBe(await emailOf(emma));
    expect(parsed.text).toContain(offer.bookingInvitations[1].bookingUrl);
  });

  it('closes the offer: the booking page then says booking is closed, and the offer takes no more changes', async () => {
    const setup = await recruitmentProject();
    const offer = await makeOffer(setup, [await setup.applicant('Søren')]);
    const closed = await api(setup, 'POST', `/api/booking-offers/${offer.offerId}/close`, {});
    expect(closed.json().status).toBe('closed');
    const page = await test.app.inject({ url: new URL(offer.bookingInvitations[0].bookingUrl).pathname });
    expect(page.body).not.toContain('name="slot"');
    expect((await api(setup, 'POST', `/api/booking-offers/${offer.offerId}/close`, {})).statusCode).toBe(409);
    expect((await api(setup, 'POST', `/api/booking-offers/${offer.offerId}/reminders`, {})).statusCode).toBe(409);
  });

  it('shows one organisation’s offer to nobody in another', async () => {
    const setup = await recruitmentProject();
    const offer = await makeOffer(setup, [await setup.applicant('Søren')]);
    const other = await createOrganisation(test.ctx.db, { name: 'Andet A/S' });
    const stranger = await createUser(test.ctx.db, other.id, { email: 'x@andet.example' });
    const session = { cookie: await logInAs(test.app, stranger.email) };
    for (const [method, url] of [
      ['GET', `/api/booking-offers/${offer.offerId}`],
      ['POST', `/api/booking-offers/${offer.offerId}/close`],
      ['POST', `/api/booking-offers/${offer.offerId}/reminders`],
      ['GET', `/api/projects/${setup.projectId}/booking-offers`],
    ] as const) {
      expect((await api(session, method, url, method === 'POST' ? {} : undefined)).statusCode, url).toBe(404);
    }
    expect((await api(setup, 'GET', `/api/booking-offers/${offer.offerId}`)).json().status).toBe('open');
  });
});
