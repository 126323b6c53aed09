import ICAL from 'ical.js';
import type { KyselyPlugin } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Organisation } from '../../../domain/organisation.js';
import { hashToken } from '../../../security/tokens.js';
import { recruitmentCalendar, reminderSummary } from '../../../use-cases/recruitment-calendar.js';
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

const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';
const reminderEmail = { variants: { da: { subject: 'Påmindelse', body: 'Hej {firstname}, vi ses {interviewdate}.', signature: '' } } };

async function company(name = 'Nordhavn Byg A/S') {
  const db = test.ctx.db;
  const organisation = await createOrganisation(db, { name });
  const bo = await createUser(db, organisation.id, { name: 'Bo Lindqvist' });
  const carl = await createUser(db, organisation.id, { name: 'Carl Berg' });
  const carpenter = await createProject(db, organisation.id, bo.id, { title: 'Tømrer' });
  const accountant = await createProject(db, organisation.id, bo.id, { title: 'Bogholder' });
  const applicant = async (projectId: string, firstName: string, lastName: string) =>
    (await createApplication(db, organisation.id, projectId, { firstName, lastName })).applicationId;
  /** A fresh session: the tests move the clock past a session's 12 hours. */
  const logIn = (user: { email: string } = bo) => logInAs(test.app, user.email);
  return { organisation, bo, carl, carpenter, accountant, applicant, logIn };
}
type Company = Awaited<ReturnType<typeof company>>;

interface InterviewInput {
  type?: 'phone' | 'in_person' | 'group' | 'video';
  recruiterIds: string[];
  date: string;
  time: string;
  durationMinutes?: number;
  location?: string;
  meetingUrl?: string;
}

async function invite(setup: Company, projectId: string, applicationIds: string[], interview: InterviewInput, reminder?: object) {
  const response = await test.app.inject({
    method: 'POST',
    url: `/api/projects/${projectId}/interview-invitations`,
    headers: { cookie: await setup.logIn() },
    payload: {
      applicationIds,
      interview: { type: 'phone', durationMinutes: 30, ...interview },
      email: { action: 'no_email' },
      ...(reminder ? { reminder } : {}),
    },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json() as { interviewIds: string[]; invitations: { id: string; applicationId: string; interviewId: string }[] };
}

async function calendar(cookie: string, params: Record<string, string>) {
  return test.app.inject({ url: `/api/calendar?${new URLSearchParams(params)}`, headers: { cookie } });
}

async function items(cookie: string, params: Record<string, string>) {
  const response = await calendar(cookie, params);
  expect(response.statusCode, response.body).toBe(200);
  return response.json().items as CalendarItem[];
}

interface CalendarItem {
  id: string;
  project: { id: string; title: string };
  date: string;
  time: string;
  status: string;
  invitees: { invitationId: string; candidate: { firstName: string }; responseStatus: string; noReply: boolean; reminder: { status: string; dueAt: string | null } }[];
}

async function answer(cookie: string, invitationId: string, responseStatus: string) {
  const response = await test.app.inject({ method: 'PATCH', url: `/api/invitations/${invitationId}`, headers: { cookie }, payload: { responseStatus } });
  expect(response.statusCode, response.body).toBe(200);
}

const week = { from: '2026-03-09T00:00:00+01:00', to: '2026-03-16T00:00:00+01:00' };

/**
 * A group interview for the carpenter's job with Bo and Carl on Monday 9 March at 10:00 (reminders the day before),
 * and a phone interview for the accountant's job with Carl alone on Tuesday at 13:30.
 */
async function twoInterviews(setup: Company) {
  const mette = await setup.applicant(setup.carpenter, 'Mette', 'Jensen');
  const soeren = await setup.applicant(setup.carpenter, 'Søren', 'Hansen');
  const lise = await setup.applicant(setup.accountant, 'Lise', 'Holm');
  const group = await invite(
    setup,
    setup.carpenter,
    [mette, soeren],
    { type: 'group', recruiterIds: [setup.bo.id, setup.carl.id], date: '2026-03-09', time: '10:00', durationMinutes: 60, location: 'Havnegade 1' },
    { channel: 'email', daysBefore: 1, email: reminderEmail },
  );
  const phone = await invite(setup, setup.accountant, [lise], { recruiterIds: [setup.carl.id], date: '2026-03-10', time: '13:30' });
  const invitationOf = (applicationId: string) => [...group.invitations, ...phone.invitations].find((i) => i.applicationId === applicationId)!.id;
  return {
    groupId: group.interviewIds[0]!,
    phoneId: phone.interviewIds[0]!,
    mette: { applicationId: mette, invitationId: invitationOf(mette) },
    soeren: { applicationId: soeren, invitationId: invitationOf(soeren) },
    lise: { applicationId: lise, invitationId: invitationOf(lise) },
  };
}

describe(`GET /api/calendar on ${TEST_ENGINE}`, () => {
  it("lists the window's interviews with local date and time, recruiters, and each invitee's answer and reminder", async () => {
    const setup = await company();
    const ids = await twoInterviews(setup);
    const cookie = await setup.logIn();

    const response = await calendar(cookie, week);
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const body = response.json();
    expect(body).toMatchObject({ from: '2026-03-08T23:00:00.000Z', to: '2026-03-15T23:00:00.000Z', timeZone: 'Europe/Copenhagen' });
    expect(body.items).toEqual([
      {
        id: ids.groupId,
        project: { id: setup.carpenter, title: 'Tømrer' },
        type: 'group',
        startsAt: '2026-03-09T09:00:00.000Z',
        endsAt: '2026-03-09T10:00:00.000Z',
        date: '2026-03-09',
        time: '10:00',
        location: 'Havnegade 1',
        meetingUrl: null,
        status: 'scheduled',
        offer: null,
        recruiters: [
          { id: setup.bo.id, name: 'Bo Lindqvist' },
          { id: setup.carl.id, name: 'Carl Berg' },
        ],
        invitees: [
          {
            invitationId: ids.soeren.invitationId,
            applicationId: ids.soeren.applicationId,
            applicationStatus: 'invited_to_interview',
            candidate: { id: expect.any(String), firstName: 'Søren', lastName: 'Hansen' },
            responseStatus: 'awaiting',
            noReply: false,
            reminder: { status: 'queued', dueAt: '2026-03-08T08:00:00.000Z' },
          },
          {
            invitationId: ids.mette.invitationId,
            applicationId: ids.mette.applicationId,
            applicationStatus: 'invited_to_interview',
            candidate: { id: expect.any(String), firstName: 'Mette', lastName: 'Jensen' },
            responseStatus: 'awaiting',
            noReply: false,
            reminder: { status: 'queued', dueAt: '2026-03-08T08:00:00.000Z' },
          },
        ],
      },
      {
        id: ids.phoneId,
        project: { id: setup.accountant, title: 'Bogholder' },
        type: 'phone',
        startsAt: '2026-03-10T12:30:00.000Z',
        endsAt: '2026-03-10T13:00:00.000Z',
        date: '2026-03-10',
        time: '13:30',
        location: null,
        meetingUrl: null,
        status: 'scheduled',
        offer: null,
        recruiters: [{ id: setup.carl.id, name: 'Carl Berg' }],
        invitees: [
          {
            invitationId: ids.lise.invitationId,
            applicationId: ids.lise.applicationId,
            applicationStatus: 'invited_to_interview',
            candidate: { id: expect.any(String), firstName: 'Lise', lastName: 'Holm' },
            responseStatus: 'awaiting',
            noReply: false,
            reminder: { status: 'none', dueAt: null },
          },
        ],
      },
    ]);
  });

  it('shows the answers as they are recorded, and the reminders as they are cancelled and sent', async () => {
    const setup = await company();
    const ids = await twoInterviews(setup);
    const cookie = await setup.logIn();
    await answer(cookie, ids.mette.invitationId, 'accepted');
    await answer(cookie, ids.soeren.invitationId, 'declined');
    await answer(cookie, ids.lise.invitationId, 'new_time_requested');

    const [group, phone] = await items(cookie, week);
    expect(group!.invitees.map((i) => [i.candidate.firstName, i.responseStatus, i.reminder.status])).toEqual([
      ['Søren', 'declined', 'cancelled'],
      ['Mette', 'accepted', 'queued'],
    ]);
    expect(phone!.invitees.map((i) => i.responseStatus)).toEqual(['new_time_requested']);

    // Sunday 8 March, 09:00 in Copenhagen: the reminder goes.
    test.clock.set('2026-03-08T08:00:00Z');
    await deliverDue(test);
    const [after] = await items(await setup.logIn(), week);
    expect(after!.invitees.map((i) => [i.candidate.firstName, i.reminder])).toEqual([
      ['Søren', { status: 'cancelled', dueAt: '2026-03-08T08:00:00.000Z' }],
      ['Mette', { status: 'sent', dueAt: '2026-03-08T08:00:00.000Z' }],
    ]);
  });

  it('shows a cancelled interview as cancelled', async () => {
    const setup = await company();
    const ids = await twoInterviews(setup);
    const cookie = await setup.logIn();
    const cancelled = await test.app.inject({ method: 'POST', url: `/api/interviews/${ids.phoneId}/cancel`, headers: { cookie }, payload: {} });
    expect(cancelled.statusCode).toBe(200);
    const list = await items(cookie, week);
    expect(list.map((item) => [item.id, item.status, item.invitees.map((i) => i.responseStatus)])).toEqual([
      [ids.groupId, 'scheduled', ['awaiting', 'awaiting']],
      [ids.phoneId, 'cancelled', ['cancelled']],
    ]);
  });

  it('gives the date and time on the organisation’s clock, across a change of summer time and past midnight', async () => {
    const setup = await company();
    const a = await setup.applicant(setup.carpenter, 'Anna', 'Sommer');
    const b = await setup.applicant(setup.carpenter, 'Bent', 'Nat');
    await invite(setup, setup.carpenter, [a], { recruiterIds: [setup.bo.id], date: '2026-03-30', time: '10:00' });
    await invite(setup, setup.carpenter, [b], { recruiterIds: [setup.bo.id], date: '2026-03-10', time: '00:30' });
    const list = (await calendar(await setup.logIn(), { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' })).json().items;
    expect(list.map((item: { startsAt: string; date: string; time: string }) => [item.startsAt, item.date, item.time])).toEqual([
      ['2026-03-09T23:30:00.000Z', '2026-03-10', '00:30'],
      ['2026-03-30T08:00:00.000Z', '2026-03-30', '10:00'],
    ]);
  });

  it('filters by participating recruiter and by project; ids it does not know give nothing', async () => {
    const setup = await company();
    const ids = await twoInterviews(setup);
    const cookie = await setup.logIn();
    const found = async (params: Record<string, string>) => (await items(cookie, { ...week, ...params })).map((item) => item.id);

    expect(await found({ recruiterId: setup.carl.id })).toEqual([ids.groupId, ids.phoneId]);
    expect(await found({ recruiterId: setup.bo.id })).toEqual([ids.groupId]);
    expect(await found({ projectId: setup.accountant })).toEqual([ids.phoneId]);
    expect(await found({ projectId: setup.carpenter, recruiterId: setup.carl.id })).toEqual([ids.groupId]);
    expect(await found({ projectId: setup.accountant, recruiterId: setup.bo.id })).toEqual([]);
    expect(await found({ recruiterId: NO_SUCH_ID })).toEqual([]);
    expect(await found({ projectId: 'not-even-a-uuid' })).toEqual([]);
  });

  it('shows an interview whose time overlaps [from, to), and none that only touches it', async () => {
    const setup = await company();
    const ids = await twoInterviews(setup);
    const cookie = await setup.logIn();
    const found = async (from: string, to: string) => (await items(cookie, { from, to })).map((item) => item.id);

    // The group interview runs 09:00–10:00 UTC on 9 March.
    expect(await found('2026-03-09T10:00:00Z', '2026-03-10T00:00:00Z')).toEqual([]);
    expect(await found('2026-03-09T09:59:59.999Z', '2026-03-10T00:00:00Z')).toEqual([ids.groupId]);
    expect(await found('2026-03-08T00:00:00Z', '2026-03-09T09:00:00Z')).toEqual([]);
    expect(await found('2026-03-08T00:00:00Z', '2026-03-09T09:00:00.001Z')).toEqual([ids.groupId]);
    expect(await found('2026-03-09T09:30:00Z', '2026-03-09T09:31:00Z')).toEqual([ids.groupId]);
    // The same instants written with the organisation's offset.
    expect(await found('2026-03-09T11:00:00+01:00', '2026-03-10T14:00:00+01:00')).toEqual([ids.phoneId]);
    expect(await found('2026-03-09T10:59:59.999+01:00', '2026-03-10T13:30:00+01:00')).toEqual([ids.groupId]);
  });

  it('refuses a window that is missing, not an instant, empty, backwards or longer than 92 days', async () => {
    const setup = await company();
    const cookie = await setup.logIn();
    const refused = async (params: Record<string, string>, message: RegExp) => {
      const response = await calendar(cookie, params);
      expect(response.statusCode, JSON.stringify(params)).toBe(400);
      expect(response.json().error.code).toBe('validation_failed');
      expect(response.json().error.message).toMatch(message);
    };
    await refused({ to: week.to }, /^querystring\.from is required/);
    await refused({ from: week.from }, /^querystring\.to is required/);
    await refused({ from: '2026-03-09', to: week.to }, /^querystring\.from /);
    await refused({ from: 'next monday', to: week.to }, /^querystring\.from /);
    await refused({ from: '2026-03-09T10:00:00', to: week.to }, /^querystring\.from /);
    await refused({ from: week.from, to: '2026-03-09T23:59:60Z' }, /^querystring\.to must be an instant/);
    await refused({ from: '9999-12-01T00:00:00Z', to: '9999-12-31T23:59:59-12:00' }, /^querystring\.to must be an instant/);
    await refused({ from: '+010000-01-01T00:00:00Z', to: '+010000-01-02T00:00:00Z' }, /^querystring\.from /);
    await refused({ from: '+275760-09-13T00:00:00Z', to: week.to }, /^querystring\.from /);
    await refused({ from: '0000-01-01T00:00:00Z', to: '0000-01-02T00:00:00Z' }, /^querystring\.from must be an instant/);
    await refused({ ...week, projectId: 'a\u0000' }, /^querystring\.projectId must not contain the NUL character/);
    await refused({ from: week.from, to: week.from }, /^querystring\.to must be after from/);
    await refused({ from: week.to, to: week.from }, /^querystring\.to must be after from/);
    await refused({ from: '2026-01-01T00:00:00+01:00', to: '2026-04-04T00:00:00+02:00' }, /^querystring\.to must be at most 92 days after from/);
    await refused({ from: '2026-08-01T00:00:00+02:00', to: '2026-11-01T00:00:00.001+01:00' }, /92 days/);
    await refused({ ...week, page: '2' }, /^querystring\.page is not a known field/);

    // 92 days between local midnights, an hour more than 92 × 24 hours because summer time ends in between.
    expect((await calendar(cookie, { from: '2026-08-01T00:00:00+02:00', to: '2026-11-01T00:00:00+01:00' })).statusCode).toBe(200);
    expect((await calendar(cookie, { from: '2026-01-01T00:00:00+01:00', to: '2026-04-03T00:00:00+02:00' })).statusCode).toBe(200);
  });

  it('answers 401 without a session', async () => {
    for (const [method, url] of [
      ['GET', `/api/calendar?${new URLSearchParams(week)}`],
      ['POST', '/api/me/calendar-feed'],
      ['DELETE', '/api/me/calendar-feed'],
    ] as const) {
      const response = await test.app.inject({ method, url });
      expect(response.statusCode).toBe(401);
      expect(response.json().error.code).toBe('unauthenticated');
    }
  });

  it('flags an unanswered invitation as no reply two working days after it was sent, here and on the application', async () => {
    // Thursday 5 March, 14:00 in Copenhagen: flagged from Monday 9 March, 14:00 (13:00 UTC).
    test.clock.set('2026-03-05T13:00:00Z');
    const setup = await company();
    const mette = await setup.applicant(setup.carpenter, 'Mette', 'Jensen');
    const soeren = await setup.applicant(setup.carpenter, 'Søren', 'Hansen');
    const sent = await invite(setup, setup.carpenter, [mette, soeren], { recruiterIds: [setup.bo.id], date: '2026-03-12', time: '10:00' });
    const invitationOf = (applicationId: string) => sent.invitations.find((i) => i.applicationId === applicationId)!.id;
    await answer(await setup.logIn(), invitationOf(soeren), 'accepted');

    const window = { from: '2026-03-12T00:00:00+01:00', to: '2026-03-13T00:00:00+01:00' };
    const flags = async () => {
      const cookie = await setup.logIn();
      const list = await items(cookie, window);
      const page = async (applicationId: string) =>
        (await test.app.inject({ url: `/api/applications/${applicationId}`, headers: { cookie } })).json().invitations[0].noReply;
      return {
        calendar: list.flatMap((item) => item.invitees.map((i) => [i.candidate.firstName, i.noReply])),
        applications: [await page(mette), await page(soeren)],
      };
    };

    for (const at of ['2026-03-06T13:00:00Z', '2026-03-08T13:00:00Z', '2026-03-09T12:59:59.999Z']) {
      test.clock.set(at);
      expect(await flags(), at).toEqual({ calendar: [['Mette', false], ['Søren', false]], applications: [false, false] });
    }
    test.clock.set('2026-03-09T13:00:00Z');
    expect(await flags()).toEqual({ calendar: [['Mette', true], ['Søren', false]], applications: [true, false] });

    await answer(await setup.logIn(), invitationOf(mette), 'new_time_requested');
    expect(await flags()).toEqual({ calendar: [['Mette', false], ['Søren', false]], applications: [false, false] });
  });

  it('reads a whole window in the same few queries however many interviews it holds', async () => {
    const setup = await company();
    let queries = 0;
    // Called once per statement executed (transformQuery also sees every subquery).
    const counting: KyselyPlugin = {
      transformQuery: (args) => args.node,
      transformResult: async (args) => {
        queries += 1;
        return args.result;
      },
    };
    const ctx = { ...test.ctx, db: test.ctx.db.withPlugin(counting) };
    const countFor = async (organisation: Organisation) => {
      queries = 0;
      const list = await recruitmentCalendar(ctx, organisation, { from: new Date('2026-03-09T00:00:00Z'), to: new Date('2026-03-16T00:00:00Z') });
      return { interviews: list.length, queries };
    };

    const one = await setup.applicant(setup.carpenter, 'Et', 'Interview');
    await invite(setup, setup.carpenter, [one], { recruiterIds: [setup.bo.id], date: '2026-03-09', time: '09:00' }, { channel: 'email', daysBefore: 1, email: reminderEmail });
    const few = await countFor(setup.organisation);

    const many = await Promise.all(Array.from({ length: 12 }, (_, n) => setup.applicant(setup.accountant, `Kandidat${n}`, 'Mange')));
    await invite(setup, setup.accountant, many, { recruiterIds: [setup.bo.id, setup.carl.id], date: '2026-03-10', time: '08:00' }, { channel: 'email', daysBefore: 1, email: reminderEmail });
    const lots = await countFor(setup.organisation);

    expect(few.interviews).toBe(1);
    expect(lots.interviews).toBe(13);
    expect(lots.queries).toBe(few.queries);
    expect(lots.queries).toBeLessThanOrEqual(4);
  });

  it("never shows another organisation's interviews, even asked for by its ids", async () => {
    const ours = await company('Vores Firma');
    const theirs = await company('Deres Firma');
    const ourIds = await twoInterviews(ours);
    const theirIds = await twoInterviews(theirs);
    const ourCookie = await ours.logIn();
    const found = async (params: Record<string, string>) => (await items(ourCookie, { ...week, ...params })).map((item) => item.id);

    expect(await found({})).toEqual([ourIds.groupId, ourIds.phoneId]);
    expect(await found({ recruiterId: theirs.carl.id })).toEqual([]);
    expect(await found({ projectId: theirs.accountant })).toEqual([]);
    const body = (await calendar(ourCookie, week)).body;
    expect(body).not.toContain(theirIds.groupId);
    expect(body).not.toContain('Deres');
  });
});

/** The feed as a calendar program reads it. */
async function fetchFeed(url: string) {
  const { pathname, search } = new URL(url);
  return test.app.inject({ url: `${pathname}${search}` });
}

function parseFeed(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const events = calendar.getAllSubcomponents('vevent').map((vevent) => ({ vevent, event: new ICAL.Event(vevent) }));
  return { calendar, events };
}

async function createFeed(cookie: string) {
  const response = await test.app.inject({ method: 'POST', url: '/api/me/calendar-feed', headers: { cookie } });
  expect(response.statusCode, response.body).toBe(201);
  return response.json().url as string;
}

describe(`the calendar feed on ${TEST_ENGINE}`, () => {
  it("gives a recruiter a secret address whose feed holds their scheduled interviews, with each invitee's answer", async () => {
    const setup = await company();
    const ids = await twoInterviews(setup);
    const far = await setup.applicant(setup.carpenter, 'Frida', 'Fremtid');
    const tooFar = await setup.applicant(setup.carpenter, 'Tove', 'Fjern');
    const cancelled = await setup.applicant(setup.carpenter, 'Carsten', 'Aflyst');
    const video = await setup.applicant(setup.accountant, 'Vera', 'Video');
    // 362 and 371 days ahead of Wednesday 4 March 2026.
    const farId = (await invite(setup, setup.carpenter, [far], { recruiterIds: [setup.bo.id], date: '2027-03-01', time: '09:00' })).interviewIds[0]!;
    await invite(setup, setup.carpenter, [tooFar], { recruiterIds: [setup.bo.id], date: '2027-03-10', time: '09:00' });
    const cancelledId = (await invite(setup, setup.carpenter, [cancelled], { recruiterIds: [setup.bo.id], date: '2026-03-11', time: '09:00' })).interviewIds[0]!;
    const videoId = (
      await invite(setup, setup.accountant, [video], { type: 'video', recruiterIds: [setup.bo.id], date: '2026-07-01', time: '15:00', meetingUrl: 'https://meet.example/j/1?pwd=a;b' })
    ).interviewIds[0]!;
    const cookie = await setup.logIn();
    expect((await test.app.inject({ method: 'POST', url: `/api/interviews/${cancelledId}/cancel`, headers: { cookie }, payload: {} })).statusCode).toBe(200);
    await answer(cookie, ids.mette.invitationId, 'accepted');
    await answer(cookie, ids.soeren.invitationId, 'declined');

    const url = await createFeed(cookie);
    const token = new URL(url).searchParams.get('token')!;
    expect(url).toBe(`http://localhost:3000/api/calendar.ics?token=${token}`);
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const stored = await test.ctx.db.selectFrom('calendar_feeds').selectAll().execute();
    expect(stored).toEqual([{ user_id: setup.bo.id, organisation_id: setup.organisation.id, token_hash: hashToken(token, test.config.sessionSecret), created_at: '2026-03-04T09:00:00.000Z' }]);

    const response = await fetchFeed(url);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body.endsWith('END:VCALENDAR\r\n')).toBe(true);

    const { calendar, events } = parseFeed(response.body);
    expect(calendar.getFirstProperty('method')).toBeNull();
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('Samtale – Nordhavn Byg A/S');
    expect(calendar.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual(['Europe/Copenhagen']);
    expect(events.map(({ event }) => event.uid)).toEqual([`interview-${ids.groupId}@samtale`, `interview-${videoId}@samtale`, `interview-${farId}@samtale`]);

    const [group, videoEvent] = events;
    expect(group!.vevent.getFirstPropertyValue('sequence')).toBe(0);
    expect(group!.vevent.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(group!.vevent.getFirstProperty('dtstart')!.getParameter('tzid')).toBe('Europe/Copenhagen');
    expect(String(group!.vevent.getFirstPropertyValue('dtstart'))).toBe('2026-03-09T10:00:00');
    expect(group!.event.startDate.toJSDate().toISOString()).toBe('2026-03-09T09:00:00.000Z');
    expect(group!.event.endDate.toJSDate().toISOString()).toBe('2026-03-09T10:00:00.000Z');
    expect(group!.event.summary).toBe('Gruppesamtale: Søren Hansen og Mette Jensen');
    expect(group!.event.location).toBe('Havnegade 1');
    expect(group!.event.description).toBe(
      ['Stilling: Tømrer', 'Kandidater:', '- Søren Hansen: har meldt afbud', '- Mette Jensen: kommer', 'Rekrutterere: Bo Lindqvist og Carl Berg'].join('\n'),
    );
    expect(group!.event.attendees).toEqual([]);
    expect(group!.vevent.getFirstProperty('organizer')).toBeNull();
    // Last changed when Søren declined, at the test clock's time.
    expect(group!.vevent.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-03-04T09:00:00Z');

    expect(videoEvent!.event.summary).toBe('Videosamtale: Vera Video');
    expect(videoEvent!.event.startDate.toJSDate().toISOString()).toBe('2026-07-01T13:00:00.000Z');
    expect(String(videoEvent!.vevent.getFirstPropertyValue('dtstart'))).toBe('2026-07-01T15:00:00');
    expect(videoEvent!.vevent.getFirstPropertyValue('url')).toBe('https://meet.example/j/1?pwd=a%3Bb');

    // Carl's feed: the group interview and Lise's, none of Bo's own.
    const carlsFeed = parseFeed((await fetchFeed(await createFeed(await setup.logIn(setup.carl)))).body);
    expect(carlsFeed.events.map(({ event }) => event.uid)).toEqual([`interview-${ids.groupId}@samtale`, `interview-${ids.phoneId}@samtale`]);
    expect(carlsFeed.events[1]!.event.summary).toBe('Telefonsamtale: Lise Holm');

    expect(test.logs()).toContain('/api/calendar.ics');
    expect(test.logs()).not.toContain(token);
  });

  it('keeps interviews that ended up to 30 days ago', async () => {
    const setup = await company();
    const ids = await twoInterviews(setup);
    const url = await createFeed(await setup.logIn(setup.carl));
    const uids = async () => parseFeed((await fetchFeed(url)).body).events.map(({ event }) => event.uid);

    // The group interview ended at 10:00 UTC on 9 March; Lise's at 13:00 UTC on the 10th.
    test.clock.set('2026-04-08T09:59:59.999Z');
    expect(await uids()).toEqual([`interview-${ids.groupId}@samtale`, `interview-${ids.phoneId}@samtale`]);
    test.clock.set('2026-04-08T10:00:00Z');
    expect(await uids()).toEqual([`interview-${ids.phoneId}@samtale`]);
  });

  it('replaces the address on a second request and revokes it on DELETE: old addresses answer 404', async () => {
    const setup = await company();
    await twoInterviews(setup);
    const cookie = await setup.logIn();
    const first = await createFeed(cookie);
    const second = await createFeed(cookie);
    expect(second).not.toBe(first);
    expect(await test.ctx.db.selectFrom('calendar_feeds').select('user_id').execute()).toHaveLength(1);

    const gone = await fetchFeed(first);
    expect(gone.statusCode).toBe(404);
    expect(gone.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(gone.json()).toEqual({ error: { code: 'not_found', message: 'The calendar feed was not found.' } });
    expect((await fetchFeed(second)).statusCode).toBe(200);

    const revoked = await test.app.inject({ method: 'DELETE', url: '/api/me/calendar-feed', headers: { cookie } });
    expect(revoked.statusCode).toBe(204);
    expect((await fetchFeed(second)).json()).toEqual(gone.json());
    expect((await test.app.inject({ method: 'DELETE', url: '/api/me/calendar-feed', headers: { cookie } })).statusCode).toBe(204);

    expect((await test.app.inject({ url: '/api/calendar.ics?token=made-up' })).statusCode).toBe(404);
    const missing = await test.app.inject({ url: '/api/calendar.ics' });
    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.message).toBe('querystring.token is required.');
  });

  it("shows only the feed owner's organisation, and one organisation cannot revoke another's feed", async () => {
    const ours = await company('Vores Firma');
    const theirs = await company('Deres Firma');
    const ourIds = await twoInterviews(ours);
    await twoInterviews(theirs);
    const ourUrl = await createFeed(await ours.logIn());
    const theirUrl = await createFeed(await theirs.logIn());

    expect(parseFeed((await fetchFeed(ourUrl)).body).events.map(({ event }) => event.uid)).toEqual([`interview-${ourIds.groupId}@samtale`]);
    const theirFeed = (await fetchFeed(theirUrl)).body;
    expect(theirFeed).not.toContain(ourIds.groupId);
    expect(theirFeed).not.toContain('Vores');

    await test.app.inject({ method: 'DELETE', url: '/api/me/calendar-feed', headers: { cookie: await theirs.logIn() } });
    expect((await fetchFeed(ourUrl)).statusCode).toBe(200);
    expect((await fetchFeed(theirUrl)).statusCode).toBe(404);
  });
});

describe('reminderSummary', () => {
  const at = (hour: number) => `2026-03-08T0${hour}:00:00.000Z`;
  it('sums up an email and an SMS, and a reminder made again, in one status with its due time', () => {
    expect(reminderSummary([])).toEqual({ status: 'none', dueAt: null });
    expect(reminderSummary([{ status: 'sending', dueAt: at(8) }])).toEqual({ status: 'queued', dueAt: at(8) });
    expect(reminderSummary([{ status: 'sent', dueAt: at(8) }, { status: 'failed', dueAt: at(9) }])).toEqual({ status: 'sent', dueAt: at(8) });
    expect(reminderSummary([{ status: 'failed', dueAt: at(8) }, { status: 'cancelled', dueAt: at(7) }])).toEqual({ status: 'failed', dueAt: at(8) });
    // Cancelled when the interview moved, queued again for the new time.
    expect(reminderSummary([{ status: 'cancelled', dueAt: at(7) }, { status: 'queued', dueAt: at(9) }])).toEqual({ status: 'queued', dueAt: at(9) });
  });

  it('gives the earliest due time of the reminders in that status, in whatever order they come, as a UTC instant', () => {
    const reminders = [
      { status: 'sent', dueAt: at(9) },
      { status: 'cancelled', dueAt: at(1) },
      { status: 'sent', dueAt: '2026-03-08T08:30:00+01:00' },
      { status: 'failed', dueAt: at(2) },
      { status: 'sent', dueAt: at(8) },
    ] as const;
    expect(reminderSummary([...reminders])).toEqual({ status: 'sent', dueAt: '2026-03-08T07:30:00.000Z' });
    expect(reminderSummary([...reminders].reverse())).toEqual({ status: 'sent', dueAt: '2026-03-08T07:30:00.000Z' });
    expect(reminderSummary([{ status: 'queued', dueAt: at(9) }, { status: 'sending', dueAt: at(8) }])).toEqual({ status: 'queued', dueAt: at(8) });
  });
});
