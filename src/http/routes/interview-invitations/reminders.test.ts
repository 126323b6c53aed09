import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listDevSms } from '../../../db/repositories/dev-sms.js';
import { listDevMail } from '../../../db/repositories/dev-mailbox.js';
import type { EmailTransport } from '../../../delivery/email-transport.js';
import { createApplication, createOrganisation, createProject, createUser } from '../../../../test/support/factories.js';
import { deliverDue } from '../../../../test/support/outbox.js';
import { createTestApp, logInAs, type TestApp } from '../../../../test/support/test-app.js';
import { TEST_ENGINE } from '../../../../test/support/test-database.js';

let test: TestApp;
beforeEach(async () => {
  test = await createTestApp();
  // Wednesday 4 March 2026, 10:00 in Copenhagen.
  test.clock.set('2026-03-04T09:00:00Z');
});
afterEach(() => test.close());

async function company(options: { smsEnabled?: boolean; smsAccess?: boolean } = {}) {
  const db = test.ctx.db;
  const organisation = await createOrganisation(db, { smsEnabled: options.smsEnabled ?? true });
  const recruiter = await createUser(db, organisation.id, { name: 'Bo Lindqvist', smsAccess: options.smsAccess ?? true });
  const projectId = await createProject(db, organisation.id, recruiter.id, { title: 'Tømrer' });
  const cookie = await logInAs(test.app, recruiter.email);
  const applicant = async (firstName: string, mobile: string | null, language = 'da') =>
    (await createApplication(db, organisation.id, projectId, { firstName, mobile, language })).applicationId;
  return { organisation, recruiter, projectId, cookie, applicant };
}
type Company = Awaited<ReturnType<typeof company>>;

const reminderEmail = { variants: { da: { subject: 'Påmindelse: samtale {interviewdate}', body: 'Hej {firstname}, vi ses {interviewdate} kl. {interviewtime}. Svar: {confirmlink}', signature: 'Venlig hilsen\n{sender}' } } };
const reminderSms = { variants: { da: { text: 'Hej {firstname}, husk samtalen {interviewdate} kl. {interviewtime}. Svar: {confirmlink}' } } };

function body(setup: Company, applicationIds: string[], reminder: object, extra: object = {}) {
  return {
    applicationIds,
    // Monday 9 March 2026, 10:00 local (CET).
    interview: { type: 'phone', recruiterIds: [setup.recruiter.id], date: '2026-03-09', time: '10:00', durationMinutes: 30 },
    email: { action: 'no_email' },
    reminder,
    ...extra,
  };
}

const post = (setup: Company, path: 'preview' | '', payload: object) =>
  test.app.inject({ method: 'POST', url: `/api/projects/${setup.projectId}/interview-invitations${path ? `/${path}` : ''}`, headers: { cookie: setup.cookie }, payload });

/** The candidate's page, read with a fresh login: the tests move the clock past a session's lifetime. */
async function pageOf(setup: Company, applicationId: string) {
  const cookie = await logInAs(test.app, setup.recruiter.email);
  return (await test.app.inject({ url: `/api/applications/${applicationId}`, headers: { cookie } })).json();
}

/** Sends, then lets the worker deliver what goes at once (the recruiters' calendar invitations). */
async function send(setup: Company, payload: object) {
  const response = await post(setup, '', payload);
  await deliverDue(test);
  return response;
}

describe(`interview reminders on ${TEST_ENGINE}`, () => {
  it('a reminder-only invitation reminds a Monday interview on Saturday at 09:00 local time, and not a minute before, under its invitation', async () => {
    const setup = await company();
    const applicationId = await setup.applicant('Søren', '+4520123456');
    const response = await send(setup, body(setup, [applicationId], { channel: 'email', daysBefore: 2, email: reminderEmail }));

    expect(response.statusCode).toBe(201);
    expect(response.json().invitations[0].reminder).toEqual({ status: 'scheduled', dueAt: '2026-03-07T08:00:00.000Z', channels: ['email'] });
    const page = (await test.app.inject({ url: `/api/applications/${applicationId}`, headers: { cookie: setup.cookie } })).json();
    const invitationId = response.json().invitations[0].id;
    expect(page.reminders).toEqual([{ id: expect.any(String), invitationId, channel: 'email', dueAt: '2026-03-07T08:00:00.000Z', status: 'queued', sentAt: null }]);

    test.clock.set('2026-03-07T07:59:59Z');
    expect((await deliverDue(test)).sent).toBe(0);
    test.clock.set('2026-03-07T08:00:00Z');
    expect((await deliverDue(test)).sent).toBe(1);

    const [mail] = await listDevMail(test.ctx.db, setup.organisation.id, 10);
    expect(mail!.subject).toBe('Påmindelse: samtale mandag den 9. marts 2026');
    const page2 = await pageOf(setup, applicationId);
    expect(page2.reminders[0]).toMatchObject({ status: 'sent', sentAt: '2026-03-07T08:00:00.000Z' });
  });

  it('stays at 09:00 on the local clock when summer time begins in between', async () => {
    const setup = await company();
    const applicationId = await setup.applicant('Søren', null);
    const payload = { ...body(setup, [applicationId], { channel: 'email', daysBefore: 2, email: reminderEmail }), interview: { type: 'phone', recruiterIds: [setup.recruiter.id], date: '2026-03-30', time: '10:00', durationMinutes: 30 } };
    const response = await post(setup, '', payload);
    // Saturday 28 March is still winter time (UTC+1); the clocks go forward on the 29th.
    expect(response.json().invitations[0].reminder.dueAt).toBe('2026-03-28T08:00:00.000Z');
  });

  it('schedules no reminder when 09:00 on that day has passed, and says so', async () => {
    const setup = await company();
    const applicationId = await setup.applicant('Søren', null);
    // Thursday 5 March 10:00; two days before is Tuesday 3 March, already past.
    const payload = { ...body(setup, [applicationId], { channel: 'email', daysBefore: 2, email: reminderEmail }), interview: { type: 'phone', recruiterIds: [setup.recruiter.id], date: '2026-03-05', time: '10:00', durationMinutes: 30 } };
    const response = await post(setup, '', payload);
    expect(response.json().invitations[0].reminder).toEqual({ status: 'skipped_too_late' });
    expect(await test.ctx.db.selectFrom('messages').select('kind').where('kind', '=', 'reminder').execute()).toEqual([]);
  });

  it('refuses SMS reminders to a recruiter without SMS access, and in an organisation without SMS', async () => {
    for (const options of [{ smsAccess: false }, { smsEnabled: false }]) {
      const setup = await company(options);
      const applicationId = await setup.applicant('Søren', '+4520123456');
      for (const channel of ['sms', 'sms_email']) {
        for (const path of ['preview', ''] as const) {
          const response = await post(setup, path, body(setup, [applicationId], { channel, daysBefore: 1, sms: reminderSms, email: reminderEmail }));
          expect(response.statusCode).toBe(403);
          expect(response.json().error.code).toBe('forbidden');
          expect(response.json().error.message).toMatch(/SMS/);
        }
      }
    }
    expect(await test.ctx.db.selectFrom('interviews').selectAll().execute()).toEqual([]);
  });

  it('warns of candidates without a mobile number, refuses to send until the warning is acknowledged, and then still emails them', async () => {
    const setup = await company();
    const withMobile = await setup.applicant('Mette', '+4520123456');
    const without = await setup.applicant('Line', null);
    const reminder = { channel: 'sms_email', daysBefore: 1, sms: reminderSms, email: reminderEmail };

    const preview = (await post(setup, 'preview', body(setup, [withMobile, without], reminder))).json();
    expect(preview.warnings).toEqual([expect.objectContaining({ code: 'missing_mobile', applicationId: without, message: expect.stringContaining('Line') })]);
    expect(preview.recipients[0].reminder.sms).toMatchObject({ encoding: 'GSM-7', segments: 1 });
    expect(preview.recipients[1].reminder.sms).toBeNull();

    const refused = await post(setup, '', body(setup, [withMobile, without], reminder));
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.details.warnings).toEqual(preview.warnings);
    expect(await test.ctx.db.selectFrom('interviews').selectAll().execute()).toEqual([]);

    const sent = await send(setup, body(setup, [withMobile, without], reminder, { acknowledgeWarnings: true }));
    expect(sent.statusCode).toBe(201);
    expect(sent.json().invitations.map((i: { reminder: { channels: string[] } }) => i.reminder.channels)).toEqual([['email', 'sms'], ['email']]);

    test.clock.set('2026-03-08T08:00:00Z');
    expect(await deliverDue(test)).toMatchObject({ sent: 3, failed: 0 });
    const texts = await listDevSms(test.ctx.db, setup.organisation.id, 10);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatchObject({ recipient: '+4520123456' });
    expect(texts[0]!.body).toMatch(/^Hej Mette, husk samtalen mandag den 9\. marts 2026 kl\. 10\.00-10\.30 CET\. Svar: http:\/\/localhost:3000\/i\/[A-Za-z0-9_-]{43}$/);
  });

  it('refuses an SMS text that would take more than six segments, naming the variant', async () => {
    const setup = await company();
    const applicationId = await setup.applicant('Søren', '+4520123456');
    const long = { variants: { da: { text: `${'Lang tekst. '.repeat(80)}{confirmlink}` } } };
    const response = await post(setup, 'preview', body(setup, [applicationId], { channel: 'sms', daysBefore: 1, sms: long }));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toMatch(/^body\.reminder\.sms\.variants\.da\.text would take \d+ SMS segments for Søren/);
  });

  it('never sends a reminder after the interview has started, even when the service was down at 09:00', async () => {
    const setup = await company();
    const applicationId = await setup.applicant('Søren', null);
    await send(setup, body(setup, [applicationId], { channel: 'email', daysBefore: 1, email: reminderEmail }));

    test.clock.set('2026-03-09T09:00:00Z');
    expect(await deliverDue(test)).toMatchObject({ sent: 0, cancelled: 1 });
    const page = await pageOf(setup, applicationId);
    expect(page.reminders[0]).toMatchObject({ status: 'cancelled', sentAt: null });
    // Only the recruiter's calendar invitation went out, when the invitation was sent.
    const mail = await listDevMail(test.ctx.db, setup.organisation.id, 10);
    expect(mail.map((m) => m.recipient)).toEqual([setup.recruiter.email]);
  });

  it('catches up after downtime: a reminder missed at 09:00 goes out when the service is back before the interview', async () => {
    const setup = await company();
    const applicationId = await setup.applicant('Søren', null);
    await send(setup, body(setup, [applicationId], { channel: 'email', daysBefore: 1, email: reminderEmail }));

    // Back at 08:30 local on the day of the interview, long after Sunday 09:00.
    test.clock.set('2026-03-09T07:30:00Z');
    expect(await deliverDue(test)).toMatchObject({ sent: 1 });
    const health = (await test.app.inject({ url: '/api/health' })).json();
    expect(health.outbox.oldestOverdueSeconds).toBeNull();
  });

  it('reports in the health check how long the oldest due message has waited, and that delivery is falling behind', async () => {
    const setup = await company();
    const applicationId = await setup.applicant('Søren', null);
    await send(setup, body(setup, [applicationId], { channel: 'email', daysBefore: 1, email: reminderEmail }));
    test.clock.set('2026-03-08T08:10:00Z');
    const health = (await test.app.inject({ url: '/api/health' })).json();
    expect(health).toMatchObject({ status: 'degraded', problems: ['falling_behind'], worker: { inProcess: false, lastTickAt: null }, outbox: { oldestOverdueSeconds: 600, overdue: 1 } });
  });

  it('cancels the reminders when the candidate declines, and keeps them when the candidate accepts', async () => {
    const setup = await company();
    const [accepting, declining] = [await setup.applicant('Mette', '+4520123456'), await setup.applicant('Jens', '+4521234567')];
    const sent = (await send(setup, body(setup, [accepting, declining], { channel: 'sms_email', daysBefore: 1, sms: reminderSms, email: reminderEmail }))).json();
    const answer = (index: number, responseStatus: string) =>
      test.app.inject({ method: 'PATCH', url: `/api/invitations/${sent.invitations[index].id}`, headers: { cookie: setup.cookie }, payload: { responseStatus } });

    expect((await answer(0, 'accepted')).json()).toMatchObject({ responseStatus: 'accepted' });
    expect((await answer(1, 'declined')).json()).toMatchObject({ responseStatus: 'declined' });

    const remindersOf = async (applicationId: string) =>
      (await test.app.inject({ url: `/api/applications/${applicationId}`, headers: { cookie: setup.cookie } })).json().reminders.map((r: { status: string }) => r.status);
    expect(await remindersOf(accepting)).toEqual(['queued', 'queued']);
    expect(await remindersOf(declining)).toEqual(['cancelled', 'cancelled']);
    test.clock.set('2026-03-08T08:00:00Z');
    expect(await deliverDue(test)).toMatchObject({ sent: 2 });
    expect((await listDevSms(test.ctx.db, setup.organisation.id, 10)).map((sms) => sms.recipient)).toEqual(['+4520123456']);
  });

  it('withdraws the application and cancels its reminders when the answer is "cancel my application", for good', async () => {
    const setup = await company();
    const applicationId = await setup.applicant('Mette', null);
    const sent = (await send(setup, body(setup, [applicationId], { channel: 'email', daysBefore: 1, email: reminderEmail }))).json();
    const answer = (responseStatus: string) =>
      test.app.inject({ method: 'PATCH', url: `/api/invitations/${sent.invitations[0].id}`, headers: { cookie: setup.cookie }, payload: { responseStatus } });

    expect((await answer('not_relevant')).statusCode).toBe(200);
    const page = (await test.app.inject({ url: `/api/applications/${applicationId}`, headers: { cookie: setup.cookie } })).json();
    expect(page.application.status).toBe('withdrawn');
    expect(page.reminders.map((r: { status: string }) => r.status)).toEqual(['cancelled']);
    expect(page.history.map((event: { action: string }) => event.action)).toEqual(expect.arrayContaining(['invitation.answered', 'reminders.cancelled', 'application.withdrawn']));

    const again = await answer('accepted');
    expect(again.statusCode).toBe(409);
    expect(again.json().error.message).toBe('The candidate has withdrawn the application; that answer is final.');
  });

  it('brings the reminders back when a candidate who declined comes after all, while they are still due', async () => {
    const setup = await company();
    const applicationId = await setup.applicant('Mette', '+4520123456');
    const sent = (await send(setup, body(setup, [applicationId], { channel: 'sms_email', daysBefore: 1, sms: reminderSms, email: reminderEmail }))).json();
    const answer = (responseStatus: string) =>
      test.app.inject({ method: 'PATCH', url: `/api/invitations/${sent.invitations[0].id}`, headers: { cookie: setup.cookie }, payload: { responseStatus } });

    await answer('declined');
    expect((await pageOf(setup, applicationId)).reminders.map((r: { status: string }) => r.status)).toEqual(['cancelled', 'cancelled']);
    await answer('accepted');
    const page = await pageOf(setup, applicationId);
    expect(page.reminders.map((r: { status: string }) => r.status)).toEqual(['queued', 'queued']);
    expect(page.history.map((event: { action: string }) => event.action)).toContain('reminders.restored');

    test.clock.set('2026-03-08T08:00:00Z');
    expect(await deliverDue(test)).toMatchObject({ sent: 2 });
  });
});

describe(`a reminder being sent when its invitation changes, on ${TEST_ENGINE}`, () => {
  /** A mail server that, while it holds the reminder, lets `meanwhile` happen and then answers 451. */
  const busyServerDuring = (meanwhile: () => Promise<unknown>): EmailTransport & { tries: string[] } => {
    const tries: string[] = [];
    return {
      tries,
      async send(email) {
        tries.push(email.text);
        if (tries.length === 1) await meanwhile();
        throw new Error('451 4.3.0 Try again later');
      },
      async close() {},
    };
  };

  async function reminded(setup: Company) {
    const applicationId = await setup.applicant('Søren', null);
    const sent = (await send(setup, body(setup, [applicationId], { channel: 'email', daysBefore: 2, email: reminderEmail }))).json();
    return { applicationId, invitation: sent.invitations[0] as { id: string; interviewId: string } };
  }

  it('never sends a reminder the candidate declined while the mail server was answering 451', async () => {
    const setup = await company();
    const { applicationId, invitation } = await reminded(setup);
    test.clock.set('2026-03-07T08:00:00Z');
    const decline = async () =>
      expect((await test.app.inject({ method: 'PATCH', url: `/api/invitations/${invitation.id}`, headers: { cookie: await logInAs(test.app, setup.recruiter.email) }, payload: { responseStatus: 'declined' } })).statusCode).toBe(200);
    const server = busyServerDuring(decline);

    expect(await deliverDue(test, { email: server })).toMatchObject({ sent: 0, retried: 0 });
    test.clock.set('2026-03-07T09:00:00Z');
    expect(await deliverDue(test, { email: server })).toMatchObject({ sent: 0, retried: 0 });

    expect(server.tries).toHaveLength(1);
    expect((await pageOf(setup, applicationId)).reminders[0]).toMatchObject({ status: 'cancelled', sentAt: null });
  });

  it('does not send a reminder whose candidate has declined, even when the reminder itself was left waiting', async () => {
    const setup = await company();
    const { invitation } = await reminded(setup);
    // As if a decline had been committed by a path that forgot the reminders.
    await test.ctx.db.updateTable('invitations').set({ response_status: 'declined' }).where('id', '=', invitation.id).execute();
    test.clock.set('2026-03-07T08:00:00Z');

    expect(await deliverDue(test)).toMatchObject({ sent: 0, cancelled: 1 });
    expect(await listDevMail(test.ctx.db, setup.organisation.id, 10)).toHaveLength(1); // the recruiter's calendar invitation only
  });

  it('sends a moved interview its new reminder at the new time, never the old text again, when the move came while the old one was being sent', async () => {
    const setup = await company();
    const { applicationId, invitation } = await reminded(setup);
    test.clock.set('2026-03-07T08:00:00Z');
    const move = async () =>
      expect((await test.app.inject({ method: 'PATCH', url: `/api/interviews/${invitation.interviewId}`, headers: { cookie: await logInAs(test.app, setup.recruiter.email) }, payload: { date: '2026-03-10' } })).statusCode).toBe(200);
    const server = busyServerDuring(move);

    await deliverDue(test, { email: server });
    test.clock.set('2026-03-07T08:30:00Z');
    await deliverDue(test); // the news of the move, to the candidate and the recruiter
    const reminderSubjects = async () =>
      (await listDevMail(test.ctx.db, setup.organisation.id, 10)).map((mail) => mail.subject).filter((subject) => subject.startsWith('Påmindelse'));
    expect(await reminderSubjects()).toEqual([]);
    expect(server.tries).toHaveLength(1);
    expect(server.tries[0]).toContain('mandag den 9. marts 2026');

    expect((await pageOf(setup, applicationId)).reminders[0]).toMatchObject({ status: 'queued', dueAt: '2026-03-08T08:00:00.000Z' });
    test.clock.set('2026-03-08T08:00:00Z');
    expect(await deliverDue(test)).toMatchObject({ sent: 1 });
    expect(await reminderSubjects()).toEqual(['Påmindelse: samtale tirsdag den 10. marts 2026']);
  });
});
