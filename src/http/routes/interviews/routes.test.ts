import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findDevMailRaw, listDevMail } from '../../../db/repositories/dev-mailbox.js';
import { queueMessages } from '../../../db/repositories/messages.js';
import { outboxMessage } from '../../../use-cases/outbox-message.js';
import { deliverDue } from '../../../../test/support/outbox.js';
import { invitedApplicants } from '../../../../test/support/invited-applicant.js';
import { pngImage } from '../../../../test/support/images.js';
import { createUser } from '../../../../test/support/factories.js';
import { createTestApp, logInAs, type TestApp } from '../../../../test/support/test-app.js';
import { TEST_ENGINE } from '../../../../test/support/test-database.js';

let test: TestApp;
beforeEach(async () => {
  test = await createTestApp();
  test.clock.set('2026-03-02T08:00:00Z');
});
afterEach(() => test.close());

function groupInterview() {
  return invitedApplicants(test, {
    recruiter: { name: 'Anna Holm', email: 'anna@org.example' },
    project: { title: 'Bogholder' },
    applicants: [
      { firstName: 'Mette', email: 'mette@mail.example', language: 'da' },
      { firstName: 'Emma', email: 'emma@mail.example', language: 'en' },
    ],
    interview: { type: 'group', durationMinutes: 60 },
    email: { action: 'send_email', variants: { da: { subject: 'Samtale', body: 'Hej {firstname}' }, en: { subject: 'Interview', body: 'Hi {firstname}' } } },
    reminder: { channel: 'email', daysBefore: 1, email: { variants: { da: { subject: 'Husk {interviewdate}', body: 'Hej kl. {interviewtime}', signature: '' } } } },
  });
}

async function calendarOfMailTo(organisationId: string, recipient: string) {
  const mails = (await listDevMail(test.ctx.db, organisationId, 50)).filter((mail) => mail.recipient === recipient);
  const parsed = await simpleParser((await findDevMailRaw(test.ctx.db, organisationId, mails[0]!.id))!);
  const part = parsed.attachments.find((attachment) => attachment.contentType.startsWith('text/calendar'))!;
  const calendar = new ICAL.Component(ICAL.parse(part.content.toString('utf8')));
  const event = calendar.getFirstSubcomponent('vevent')!;
  return {
    subject: parsed.subject,
    text: parsed.text,
    method: calendar.getFirstPropertyValue('method'),
    uid: event.getFirstPropertyValue('uid'),
    sequence: event.getFirstPropertyValue('sequence'),
    status: event.getFirstPropertyValue('status'),
  };
}

describe(`POST /api/interviews/:interviewId/cancel on ${TEST_ENGINE}`, () => {
  it('tells every invitee and recruiter with a calendar cancellation, drops the reminders and closes the invitations', async () => {
    const setup = await groupInterview();
    const before = await calendarOfMailTo(setup.organisation.id, 'mette@mail.example');
    expect(before).toMatchObject({ method: 'REQUEST', sequence: 0 });

    const response = await test.app.inject({
      method: 'POST',
      url: `/api/interviews/${setup.interviewId}/cancel`,
      headers: { cookie: setup.cookie },
      payload: { message: 'Vi vender tilbage med en ny tid.' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ status: 'cancelled', sequence: 1, invitations: [{ responseStatus: 'cancelled' }, { responseStatus: 'cancelled' }] });

    test.clock.set('2026-03-02T08:00:05Z');
    await deliverDue(test);
    const mette = (await listDevMail(test.ctx.db, setup.organisation.id, 50)).filter((mail) => mail.recipient === 'mette@mail.example');
    expect(mette).toHaveLength(2);
    const cancellation = await calendarOfMailTo(setup.organisation.id, 'mette@mail.example');
    expect(cancellation).toMatchObject({ method: 'CANCEL', uid: before.uid, sequence: 1, status: 'CANCELLED', subject: 'Aflyst: gruppesamtale om Bogholder' });
    expect(cancellation.text).toContain('Vi vender tilbage med en ny tid.');
    expect((await calendarOfMailTo(setup.organisation.id, 'emma@mail.example')).subject).toBe('Cancelled: group interview for Bogholder');
    expect(await calendarOfMailTo(setup.organisation.id, 'anna@org.example')).toMatchObject({ method: 'CANCEL', sequence: 1 });

    const reminders = await test.ctx.db.selectFrom('messages').select('status').where('kind', '=', 'reminder').execute();
    expect(reminders.map((r) => r.status)).toEqual(['cancelled', 'cancelled']);
    test.clock.set('2026-03-09T08:00:00Z');
    expect((await deliverDue(test)).sent).toBe(0);
  });

  it('leaves a withdrawn candidate alone, refuses a second cancellation, and refuses answers afterwards', async () => {
    const setup = await groupInterview();
    const answer = (index: number, responseStatus: string) =>
      test.app.inject({ method: 'PATCH', url: `/api/invitations/${setup.invited[index]!.invitationId}`, headers: { cookie: setup.cookie }, payload: { responseStatus } });
    expect((await answer(1, 'not_relevant')).statusCode).toBe(200);

    const cancel = () => test.app.inject({ method: 'POST', url: `/api/interviews/${setup.interviewId}/cancel`, headers: { cookie: setup.cookie }, payload: {} });
    const response = await cancel();
    expect(response.json().invitations.map((i: { responseStatus: string }) => i.responseStatus).sort()).toEqual(['cancelled', 'not_relevant']);
    const kinds = await test.ctx.db.selectFrom('messages').select(['kind', 'recipient']).where('kind', '=', 'interview_cancellation').execute();
    expect(kinds.map((k) => k.recipient)).toEqual(['mette@mail.example']);

    expect((await cancel()).statusCode).toBe(409);
    const late = await answer(0, 'accepted');
    expect(late.statusCode).toBe(409);
    expect(late.json().error.message).toBe('The interview has been cancelled; the invitation takes no answers.');
  });

  it('refuses to cancel an interview that has started, and tells nobody', async () => {
    const setup = await groupInterview();
    test.clock.set('2026-03-10T09:00:00Z');
    const cookie = await logInAs(test.app, setup.recruiter.email);
    const response = await test.app.inject({ method: 'POST', url: `/api/interviews/${setup.interviewId}/cancel`, headers: { cookie }, payload: {} });
    expect(response.statusCode).toBe(409);
    expect(response.json().error).toEqual({ code: 'conflict', message: 'The interview has already started; it can no longer be cancelled.' });

    const interview = await test.app.inject({ url: `/api/interviews/${setup.interviewId}`, headers: { cookie } });
    expect(interview.json()).toMatchObject({ status: 'scheduled', sequence: 0, invitations: [{ responseStatus: 'awaiting' }, { responseStatus: 'awaiting' }] });
    const cancellations = await test.ctx.db.selectFrom('messages').select('id').where('kind', '=', 'interview_cancellation').execute();
    expect(cancellations).toEqual([]);
  });
});

describe(`PATCH /api/interviews/:interviewId on ${TEST_ENGINE}`, () => {
  it('moves the interview: answers back to awaiting, reminders moved and rewritten, an update with the same UID and a higher SEQUENCE', async () => {
    const setup = await groupInterview();
    const answer = (index: number, responseStatus: string) =>
      test.app.inject({ method: 'PATCH', url: `/api/invitations/${setup.invited[index]!.invitationId}`, headers: { cookie: setup.cookie }, payload: { responseStatus } });
    await answer(0, 'accepted');
    await answer(1, 'not_relevant');
    const before = await calendarOfMailTo(setup.organisation.id, 'mette@mail.example');

    const response = await test.app.inject({
      method: 'PATCH',
      url: `/api/interviews/${setup.interviewId}`,
      headers: { cookie: setup.cookie },
      payload: { date: '2026-03-12', time: '13:30', message: 'Lokalet var optaget.' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ startsAt: '2026-03-12T12:30:00.000Z', endsAt: '2026-03-12T13:30:00.000Z', sequence: 1 });
    expect(response.json().invitations.map((i: { responseStatus: string }) => i.responseStatus).sort()).toEqual(['awaiting', 'not_relevant']);

    const reminders = await test.ctx.db.selectFrom('messages').select(['recipient', 'status', 'next_attempt_at', 'not_after', 'text_body', 'subject']).where('kind', '=', 'reminder').execute();
    const mettesReminder = reminders.find((r) => r.recipient === 'mette@mail.example')!;
    expect(mettesReminder).toMatchObject({ status: 'queued', next_attempt_at: '2026-03-11T08:00:00.000Z', not_after: '2026-03-12T12:30:00.000Z', subject: 'Husk torsdag den 12. marts 2026' });
    expect(mettesReminder.text_body).toBe('Hej kl. 13.30–14.30 CET');
    expect(reminders.find((r) => r.recipient === 'emma@mail.example')!.status).toBe('cancelled');

    test.clock.set('2026-03-02T08:00:05Z');
    await deliverDue(test);
    const update = await calendarOfMailTo(setup.organisation.id, 'mette@mail.example');
    expect(update).toMatchObject({ method: 'REQUEST', uid: before.uid, sequence: 1, subject: 'Ændret: gruppesamtale om Bogholder' });
    expect(update.text).toContain('torsdag den 12. marts 2026, 13.30–14.30 CET');
    expect(update.text).toContain('Lokalet var optaget.');
    expect(update.text).toMatch(/Svar venligst igen, om du kan deltage: http:\/\/localhost:3000\/i\/[A-Za-z0-9_-]{43}/);
    expect(await calendarOfMailTo(setup.organisation.id, 'anna@org.example')).toMatchObject({ method: 'REQUEST', sequence: 1 });
    expect((await listDevMail(test.ctx.db, setup.organisation.id, 50)).filter((m) => m.recipient === 'emma@mail.example')).toHaveLength(1);
  });

  it('drops a reminder whose new time has already passed, and refuses a time in the past', async () => {
    const setup = await groupInterview();
    const move = (payload: object) => test.app.inject({ method: 'PATCH', url: `/api/interviews/${setup.interviewId}`, headers: { cookie: setup.cookie }, payload });
    expect((await move({ date: '2026-03-01' })).json().error.message).toBe('body.date and time are in the past.');
    expect((await move({})).statusCode).toBe(400);
    expect((await move({ date: '2026-03-02', time: '18:00' })).statusCode).toBe(200);
    const statuses = await test.ctx.db.selectFrom('messages').select('status').where('kind', '=', 'reminder').execute();
    expect(statuses.map((s) => s.status)).toEqual(['cancelled', 'cancelled']);
  });

  it('refuses to move an interview more than five years ahead, naming the last date', async () => {
    const setup = await groupInterview();
    const move = (payload: object) => test.app.inject({ method: 'PATCH', url: `/api/interviews/${setup.interviewId}`, headers: { cookie: setup.cookie }, payload });
    for (const payload of [{ date: '9999-12-31', time: '23:59', durationMinutes: 480 }, { date: '2031-03-03' }]) {
      const response = await move(payload);
      expect(response.statusCode).toBe(400);
      expect(response.json().error).toMatchObject({ code: 'validation_failed', message: 'body.date must be at most 5 years ahead: on or before 2031-03-02.' });
    }
    const unchanged = await test.app.inject({ url: `/api/interviews/${setup.interviewId}`, headers: { cookie: setup.cookie } });
    expect(unchanged.json().sequence).toBe(0);
    expect((await move({ date: '2031-03-02' })).statusCode).toBe(200);
  });

  it('cancels a reminder stored without its template when the interview moves, and says so on the application', async () => {
    const setup = await groupInterview();
    const mette = setup.invited[0]!;
    // As reminders were stored before migration 0005: the text written out, nothing kept to write it again.
    const oldReminder = outboxMessage(
      {
        organisationId: setup.organisation.id,
        kind: 'reminder',
        channel: 'email',
        recipient: 'mette@mail.example',
        sender: setup.organisation.defaultSenderAddress,
        replyTo: null,
        subject: 'Husk tirsdag den 10. marts 2026',
        text: 'Hej kl. 10.00–11.00 CET',
        applicationId: mette.applicationId,
        invitationId: mette.invitationId,
        interviewId: setup.interviewId,
        dueAt: new Date('2026-03-09T08:00:00Z'),
        notAfter: new Date('2026-03-10T09:00:00Z'),
      },
      test.config.publicUrl,
      test.clock.now(),
    );
    await queueMessages(test.ctx.db, [oldReminder]);

    const response = await test.app.inject({ method: 'PATCH', url: `/api/interviews/${setup.interviewId}`, headers: { cookie: setup.cookie }, payload: { date: '2026-03-12' } });
    expect(response.statusCode).toBe(200);
    const reminders = await test.ctx.db.selectFrom('messages').select(['id', 'status', 'next_attempt_at', 'last_error']).where('kind', '=', 'reminder').where('recipient', '=', 'mette@mail.example').execute();
    const reason = 'Cancelled: the interview moved, and this reminder, stored without its template, could not be written for the new time.';
    expect(reminders.find((r) => r.id === oldReminder.id)).toEqual({ id: oldReminder.id, status: 'cancelled', next_attempt_at: '2026-03-09T08:00:00.000Z', last_error: reason });
    expect(reminders.find((r) => r.id !== oldReminder.id)).toMatchObject({ status: 'queued', next_attempt_at: '2026-03-11T08:00:00.000Z' });

    const page = await test.app.inject({ url: `/api/applications/${mette.applicationId}`, headers: { cookie: setup.cookie } });
    const told = page.json().history.filter((event: { action: string }) => event.action === 'reminders.cancelled');
    expect(told).toMatchObject([{ actor: { type: 'user', id: setup.recruiter.id }, after: { invitationId: mette.invitationId, count: 1, reason } }]);
  });

  it('refuses a change that changes nothing, and leaves every answer and every inbox alone', async () => {
    const setup = await groupInterview();
    const mette = setup.invited[0]!;
    await test.app.inject({ method: 'PATCH', url: `/api/invitations/${mette.invitationId}`, headers: { cookie: setup.cookie }, payload: { responseStatus: 'accepted' } });
    const queued = async () => (await test.ctx.db.selectFrom('messages').select('id').execute()).length;
    const before = await queued();

    for (const payload of [{ message: 'Vi glæder os' }, { durationMinutes: 60, recruiterIds: [setup.recruiter.id] }]) {
      const response = await test.app.inject({ method: 'PATCH', url: `/api/interviews/${setup.interviewId}`, headers: { cookie: setup.cookie }, payload });
      expect(response.statusCode).toBe(400);
      expect(response.json().error.message).toMatch(/same as the interview/);
    }

    const interview = await test.app.inject({ url: `/api/interviews/${setup.interviewId}`, headers: { cookie: setup.cookie } });
    expect(interview.json().invitations.find((i: { id: string }) => i.id === mette.invitationId).responseStatus).toBe('accepted');
    expect(await queued()).toBe(before);
  });

  it('changes only the recruiters: answers, reminders and the invitees’ inboxes stay; the one added is invited, the one taken off is told and the event leaves their calendar', async () => {
    const setup = await groupInterview();
    const bo = await createUser(test.ctx.db, setup.organisation.id, { name: 'Bo Lund', email: 'bo@org.example' });
    const mette = setup.invited[0]!;
    await test.app.inject({ method: 'PATCH', url: `/api/invitations/${mette.invitationId}`, headers: { cookie: setup.cookie }, payload: { responseStatus: 'accepted' } });
    await deliverDue(test);
    const remindersBefore = await test.ctx.db.selectFrom('messages').select(['id', 'status', 'next_attempt_at']).where('kind', '=', 'reminder').orderBy('id').execute();
    const mailsTo = async (recipient: string) => (await listDevMail(test.ctx.db, setup.organisation.id, 50)).filter((mail) => mail.recipient === recipient).length;
    const candidateMails = [await mailsTo('mette@mail.example'), await mailsTo('emma@mail.example')];

    const response = await test.app.inject({ method: 'PATCH', url: `/api/interviews/${setup.interviewId}`, headers: { cookie: setup.cookie }, payload: { recruiterIds: [bo.id] } });
    expect(response.statusCode).toBe(200);
    expect(response.json().sequence).toBe(1);
    expect(response.json().invitations.find((i: { id: string }) => i.id === mette.invitationId).responseStatus).toBe('accepted');
    expect(await test.ctx.db.selectFrom('messages').select(['id', 'status', 'next_attempt_at']).where('kind', '=', 'reminder').orderBy('id').execute()).toEqual(remindersBefore);

    test.clock.set('2026-03-02T08:00:05Z');
    await deliverDue(test);
    expect([await mailsTo('mette@mail.example'), await mailsTo('emma@mail.example')]).toEqual(candidateMails);
    expect(await calendarOfMailTo(setup.organisation.id, 'bo@org.example')).toMatchObject({ method: 'REQUEST', sequence: 1 });
    const annas = await calendarOfMailTo(setup.organisation.id, 'anna@org.example');
    expect(annas).toMatchObject({ method: 'CANCEL', sequence: 1 });
    expect(annas.subject).toMatch(/^Ikke længere med: Gruppesamtale: (Mette|Emma) \S+ og (Mette|Emma) \S+ – Bogholder$/);
    expect(annas.text).toMatch(/^Du er ikke længere med til denne samtale om stillingen Bogholder: Anna Holm har ændret, hvem der deltager\./);
  });

  it('refuses to move a cancelled interview', async () => {
    const setup = await groupInterview();
    await test.app.inject({ method: 'POST', url: `/api/interviews/${setup.interviewId}/cancel`, headers: { cookie: setup.cookie }, payload: {} });
    const response = await test.app.inject({ method: 'PATCH', url: `/api/interviews/${setup.interviewId}`, headers: { cookie: setup.cookie }, payload: { time: '11:00' } });
    expect(response.statusCode).toBe(409);
  });

  it('asks a candidate who declined again, with the reminder back and timed for the new start', async () => {
    const setup = await groupInterview();
    await test.app.inject({ method: 'PATCH', url: `/api/invitations/${setup.invited[0]!.invitationId}`, headers: { cookie: setup.cookie }, payload: { responseStatus: 'declined' } });
    const reminderOf = () => test.ctx.db.selectFrom('messages').select(['status', 'next_attempt_at']).where('kind', '=', 'reminder').where('recipient', '=', 'mette@mail.example').executeTakeFirstOrThrow();
    expect((await reminderOf()).status).toBe('cancelled');

    await test.app.inject({ method: 'PATCH', url: `/api/interviews/${setup.interviewId}`, headers: { cookie: setup.cookie }, payload: { date: '2026-03-17' } });
    expect(await reminderOf()).toEqual({ status: 'queued', next_attempt_at: '2026-03-16T08:00:00.000Z' });
  });
});

describe(`the HTML part of the emails about a moved or cancelled interview on ${TEST_ENGINE}`, () => {
  async function latestMailTo(organisationId: string, recipient: string) {
    const [latest] = (await listDevMail(test.ctx.db, organisationId, 50)).filter((mail) => mail.recipient === recipient);
    return simpleParser((await findDevMailRaw(test.ctx.db, organisationId, latest!.id))!);
  }

  it("heads them with the organisation's logo and name, shows the details as a block and, for a move, the candidate's link as a button", async () => {
    const setup = await invitedApplicants(test, {
      organisation: { name: 'Nordhavn <Byg> A/S' },
      recruiter: { name: 'Anna Holm', email: 'anna@org.example', role: 'admin' },
      project: { title: 'Bogholder' },
      applicants: [{ firstName: '<b>Mette</b>', email: 'mette@mail.example', language: 'da' }],
      interview: { type: 'in_person', durationMinutes: 60 },
      email: { action: 'send_email', variants: { da: { subject: 'Samtale', body: 'Hej {firstname}' } } },
    });
    const logo = (
      await test.app.inject({ method: 'PUT', url: '/api/organisation/logo', headers: { cookie: setup.cookie, 'content-type': 'image/png' }, payload: pngImage() })
    ).json();

    // The dev mailbox lists the latest first by when each arrived.
    test.clock.set('2026-03-02T08:00:05Z');
    const move = await test.app.inject({
      method: 'PATCH',
      url: `/api/interviews/${setup.interviewId}`,
      headers: { cookie: setup.cookie },
      payload: { time: '15:00', location: 'Havnegade 4 & 5', message: 'Lokalet var <i>optaget</i>.' },
    });
    expect(move.statusCode).toBe(200);
    await deliverDue(test);
    const moved = await latestMailTo(setup.organisation.id, 'mette@mail.example');

    expect(moved.subject).toBe('Ændret: personlig samtale om Bogholder');
    const html = moved.html as string;
    expect(html).toContain(`<img src="${logo.url}" alt="Nordhavn &lt;Byg&gt; A/S"`);
    expect(html).toContain('>Sted</td><td style="padding:4px 0;font-weight:bold;vertical-align:top;">Havnegade 4 &amp; 5</td>');
    expect(html).toContain('Kære &lt;b&gt;Mette&lt;/b&gt;');
    expect(html).toContain('Lokalet var &lt;i&gt;optaget&lt;/i&gt;.');
    const link = `http://localhost:3000${setup.invited[0]!.confirmPath}`;
    expect(html).toContain(`<a href="${link}" style="display:inline-block;`);
    expect(moved.text).toContain(`Svar venligst igen, om du kan deltage: ${link}`);
    expect(html.indexOf('>Svar på invitationen</a>')).toBeLessThan(html.indexOf('Venlig hilsen'));

    test.clock.set('2026-03-02T08:00:10Z');
    const cancel = await test.app.inject({ method: 'POST', url: `/api/interviews/${setup.interviewId}/cancel`, headers: { cookie: setup.cookie }, payload: { message: 'Vi <3 jer' } });
    expect(cancel.statusCode).toBe(200);
    await deliverDue(test);
    const cancelled = await latestMailTo(setup.organisation.id, 'mette@mail.example');

    expect(cancelled.subject).toBe('Aflyst: personlig samtale om Bogholder');
    expect(cancelled.html).toContain(`<img src="${logo.url}"`);
    expect(cancelled.html).toContain('>Sted</td><td style="padding:4px 0;font-weight:bold;vertical-align:top;">Havnegade 4 &amp; 5</td>');
    expect(cancelled.html).toContain('Vi &lt;3 jer');
    expect(cancelled.html).not.toContain('<a ');
  });

  it('heads them with the name alone when the organisation has no logo', async () => {
    const setup = await groupInterview();

    test.clock.set('2026-03-02T08:00:05Z');
    await test.app.inject({ method: 'POST', url: `/api/interviews/${setup.interviewId}/cancel`, headers: { cookie: setup.cookie }, payload: {} });
    await deliverDue(test);

    const cancelled = await latestMailTo(setup.organisation.id, 'emma@mail.example');
    expect(cancelled.html).toContain('Dear Emma,');
    expect(cancelled.html).not.toContain('<img');
  });
});
