import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApplication, createOrganisation, createProject, createUser } from '../../test/support/factories.js';
import { deliverDue } from '../../test/support/outbox.js';
import { createTestApp, logInAs, type TestApp } from '../../test/support/test-app.js';
import { TEST_ENGINE } from '../../test/support/test-database.js';
import { insertUser } from '../db/repositories/users.js';
import { queueInvitationEvents } from '../use-cases/webhook-events.js';

/**
 * Another organisation's recruiter tries every operation with ids of this organisation's records, and gets the
 * same 404 as for ids that never existed. The lists below must name every documented operation (method and
 * path): a new operation, even on a path already listed, that is not added here fails the last test.
 */
type Ids = {
  projectId: string;
  applicationId: string;
  interviewId: string;
  invitationId: string;
  mailId: string;
  messageId: string;
  recruiterId: string;
  /** An invited colleague of the recruiter, whom the recruiter (an administrator) manages. */
  userId: string;
  /** What this organisation's ATS calls its project, candidate and application (one id, each in its own kind). */
  externalId: string;
  apiKeyId: string;
  webhookEndpointId: string;
  /** A delivery to that endpoint that failed for good, so that sending it again is something its organisation may do. */
  webhookDeliveryId: string;
  /** An offer of times in the project, open. */
  offerId: string;
};
const NO_SUCH_ID = '00000000-0000-4000-8000-000000000000';

const invitationBody = (ids: Pick<Ids, 'applicationId' | 'recruiterId'>) => ({
  applicationIds: [ids.applicationId],
  interview: { type: 'phone', recruiterIds: [ids.recruiterId], date: '2026-03-10', time: '10:00', durationMinutes: 30 },
  email: { action: 'no_email' },
});

const offerBody = (ids: Pick<Ids, 'applicationId' | 'recruiterId'>) => ({
  applicationIds: [ids.applicationId],
  offer: { type: 'phone', recruiterIds: [ids.recruiterId], durationMinutes: 30, windows: [{ date: '2026-03-20', from: '09:00', to: '10:00' }] },
  email: { action: 'send_email', variants: { da: { subject: 'Vælg en tid', body: 'Hej {firstname}' } } },
});

/** A CSV file of one applicant, for the import's operations (sent as text/csv). */
const ONE_APPLICANT_CSV = 'Fornavn;Efternavn;E-mail\r\nNy;Ansøger;ny.ansoger@mail.example\r\n';

const ROUTES_WITH_IDS: { method: 'GET' | 'POST' | 'PATCH' | 'DELETE'; path: string; url: (ids: Ids) => string; body?: (ids: Ids) => object | string; contentType?: string }[] = [
  { method: 'PATCH', path: '/api/projects/{projectId}', url: (ids) => `/api/projects/${ids.projectId}`, body: () => ({ reference: 'HS-2' }) },
  {
    method: 'POST',
    path: '/api/projects/{projectId}/applications',
    url: (ids) => `/api/projects/${ids.projectId}/applications`,
    body: () => ({ firstName: 'Anden', lastName: 'Ansøger', email: 'anden.ansoger@mail.example' }),
  },
  {
    method: 'POST',
    path: '/api/projects/{projectId}/applicant-import/preview',
    url: (ids) => `/api/projects/${ids.projectId}/applicant-import/preview`,
    body: () => ONE_APPLICANT_CSV,
    contentType: 'text/csv',
  },
  {
    method: 'POST',
    path: '/api/projects/{projectId}/applicant-import',
    url: (ids) => `/api/projects/${ids.projectId}/applicant-import`,
    body: () => ONE_APPLICANT_CSV,
    contentType: 'text/csv',
  },
  { method: 'GET', path: '/api/projects/{projectId}', url: (ids) => `/api/projects/${ids.projectId}` },
  { method: 'GET', path: '/api/projects/{projectId}/applications', url: (ids) => `/api/projects/${ids.projectId}/applications` },
  { method: 'GET', path: '/api/applications/{applicationId}', url: (ids) => `/api/applications/${ids.applicationId}` },
  { method: 'GET', path: '/api/interviews/{interviewId}', url: (ids) => `/api/interviews/${ids.interviewId}` },
  { method: 'GET', path: '/api/dev-mailbox/{mailId}', url: (ids) => `/api/dev-mailbox/${ids.mailId}` },
  { method: 'PATCH', path: '/api/invitations/{invitationId}', url: (ids) => `/api/invitations/${ids.invitationId}`, body: () => ({ responseStatus: 'accepted' }) },
  {
    method: 'POST',
    path: '/api/projects/{projectId}/interview-invitations/preview',
    url: (ids) => `/api/projects/${ids.projectId}/interview-invitations/preview`,
    body: invitationBody,
  },
  {
    method: 'POST',
    path: '/api/projects/{projectId}/interview-invitations',
    url: (ids) => `/api/projects/${ids.projectId}/interview-invitations`,
    body: invitationBody,
  },
  { method: 'POST', path: '/api/projects/{projectId}/booking-offers/preview', url: (ids) => `/api/projects/${ids.projectId}/booking-offers/preview`, body: offerBody },
  { method: 'POST', path: '/api/projects/{projectId}/booking-offers', url: (ids) => `/api/projects/${ids.projectId}/booking-offers`, body: offerBody },
  { method: 'GET', path: '/api/projects/{projectId}/booking-offers', url: (ids) => `/api/projects/${ids.projectId}/booking-offers` },
  { method: 'GET', path: '/api/booking-offers/{offerId}', url: (ids) => `/api/booking-offers/${ids.offerId}` },
  {
    method: 'POST',
    path: '/api/booking-offers/{offerId}/slots',
    url: (ids) => `/api/booking-offers/${ids.offerId}/slots`,
    body: () => ({ slots: [{ date: '2026-03-21', time: '10:00' }] }),
  },
  { method: 'POST', path: '/api/booking-offers/{offerId}/reminders', url: (ids) => `/api/booking-offers/${ids.offerId}/reminders`, body: () => ({}) },
  // Last of the offer's operations: once closed, it takes no more times or reminders.
  { method: 'POST', path: '/api/booking-offers/{offerId}/close', url: (ids) => `/api/booking-offers/${ids.offerId}/close`, body: () => ({}) },
  { method: 'GET', path: '/api/messages/{messageId}', url: (ids) => `/api/messages/${ids.messageId}` },
  { method: 'GET', path: '/api/dev-mailbox/{mailId}/html', url: (ids) => `/api/dev-mailbox/${ids.mailId}/html` },
  { method: 'POST', path: '/api/messages/{messageId}/retry', url: (ids) => `/api/messages/${ids.messageId}/retry` },
  {
    method: 'POST',
    path: '/api/applications/status',
    url: () => '/api/applications/status',
    body: (ids) => ({ applicationIds: [ids.applicationId], status: 'interviewed' }),
  },
  { method: 'PATCH', path: '/api/interviews/{interviewId}', url: (ids) => `/api/interviews/${ids.interviewId}`, body: () => ({ location: 'Mødelokale 2' }) },
  { method: 'POST', path: '/api/users/{userId}/invitation', url: (ids) => `/api/users/${ids.userId}/invitation` },
  { method: 'PATCH', path: '/api/users/{userId}', url: (ids) => `/api/users/${ids.userId}`, body: () => ({ smsAccess: true }) },
  { method: 'POST', path: '/api/users/{userId}/deactivate', url: (ids) => `/api/users/${ids.userId}/deactivate` },
  { method: 'POST', path: '/api/users/{userId}/reactivate', url: (ids) => `/api/users/${ids.userId}/reactivate` },
  // Closed, then open again: the routes above add applicants to the project.
  { method: 'POST', path: '/api/projects/{projectId}/close', url: (ids) => `/api/projects/${ids.projectId}/close` },
  { method: 'POST', path: '/api/projects/{projectId}/reopen', url: (ids) => `/api/projects/${ids.projectId}/reopen` },
  // External ids are looked up in the caller's organisation only.
  ...(['projects', 'candidates', 'applications'] as const).map((what) => ({
    method: 'GET' as const,
    path: `/api/integration/${what}/{externalId}`,
    url: (ids: Ids) => `/api/integration/${what}/${ids.externalId}`,
  })),
  { method: 'DELETE', path: '/api/api-keys/{apiKeyId}', url: (ids) => `/api/api-keys/${ids.apiKeyId}` },
  {
    method: 'POST',
    path: '/api/webhook-endpoints/{endpointId}/deliveries/{deliveryId}/retry',
    url: (ids) => `/api/webhook-endpoints/${ids.webhookEndpointId}/deliveries/${ids.webhookDeliveryId}/retry`,
  },
  { method: 'DELETE', path: '/api/webhook-endpoints/{endpointId}', url: (ids) => `/api/webhook-endpoints/${ids.webhookEndpointId}` },
  // Last: it cancels this organisation's interview, which the routes above still need.
  { method: 'POST', path: '/api/interviews/{interviewId}/cancel', url: (ids) => `/api/interviews/${ids.interviewId}/cancel`, body: () => ({}) },
];
/** Operations that take no id of a record: they read or write only the caller's own organisation, or nothing of any. */
const OPERATIONS_WITHOUT_IDS = [
  'POST /api/auth/login',
  'POST /api/auth/logout',
  'GET /api/me',
  // Only while no organisation exists, so never with another organisation's anything.
  'GET /api/setup',
  'POST /api/setup',
  // Only the caller's own organisation, found by the session (routes/organisation-settings tests another's stays untouched).
  'GET /api/organisation/settings',
  'PATCH /api/organisation/settings',
  // The same for the logo (routes/organisation-logo tests that another organisation neither sees nor removes it).
  'GET /api/organisation/logo',
  'PUT /api/organisation/logo',
  'DELETE /api/organisation/logo',
  // No session: the name is the hash of the logo's bytes, which only the organisation's own emails give away.
  'GET /logos/{file}',
  'GET /api/projects',
  // Creates a project of the caller's organisation; an owner of another is refused (routes/projects tests it).
  'POST /api/projects',
  'GET /api/recruiters',
  'GET /api/users',
  'POST /api/users',
  // No session: a link's token names its user, or an email address is answered alike whoever it belongs to.
  'POST /api/auth/password-link',
  'POST /api/auth/choose-password',
  'POST /api/auth/forgot-password',
  'PUT /api/me/password',
  'GET /api/health',
  'GET /api/dev-mailbox',
  'GET /api/dev-sms',
  // The calendar's recruiterId and projectId only filter: another organisation's id matches nothing (tested below).
  'GET /api/calendar',
  'POST /api/me/calendar-feed',
  'DELETE /api/me/calendar-feed',
  // No session: the feed token names the recruiter and so the organisation.
  'GET /api/calendar.ics',
  'GET /api/api-keys',
  'POST /api/api-keys',
  // An organisation's endpoints and their deliveries are found by the session's organisation only.
  'GET /api/webhook-endpoints',
  'POST /api/webhook-endpoints',
  // An external id is the caller's organisation's own: another organisation's PUT with the same one makes a record of
  // its own and changes nothing here (tested in routes/integration).
  ...['projects', 'candidates', 'applications'].map((what) => `PUT /api/integration/${what}/{externalId}`),
  // A language names one of the caller's own organisation's templates (routes/templates tests another's stays untouched).
  ...['interview-invitation', 'booking-invitation', 'reminder-email', 'reminder-sms'].flatMap((kind) => [
    `GET /api/templates/${kind}`,
    `PUT /api/templates/${kind}/{language}`,
    `DELETE /api/templates/${kind}/{language}`,
    `POST /api/templates/${kind}/{language}/preview`,
  ]),
];

const HTTP_METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

let test: TestApp;
let ours: Ids;
let ourCookie: string;
let theirCookie: string;
let theirs: { organisationId: string; projectId: string; recruiterId: string };

beforeAll(async () => {
  test = await createTestApp();
  const db = test.ctx.db;
  const organisation = await createOrganisation(db, { name: 'Vores Firma' });
  const recruiter = await createUser(db, organisation.id, { role: 'admin' });
  // Invited, not yet with a password: so that inviting again is something its own organisation may do.
  const colleague = await insertUser(db, { organisationId: organisation.id, name: 'Ny Kollega', email: 'ny.kollega@vores.example', role: 'recruiter', smsAccess: false, passwordHash: null }, new Date());
  const projectId = await createProject(db, organisation.id, recruiter.id, { title: 'Hemmelig stilling' });
  const { applicationId, candidate } = await createApplication(db, organisation.id, projectId, { firstName: 'Fortrolig', lastName: 'Kandidat' });
  ourCookie = await logInAs(test.app, recruiter.email);
  const sent = await test.app.inject({
    method: 'POST',
    url: `/api/projects/${projectId}/interview-invitations`,
    headers: { cookie: ourCookie },
    // An email to the candidate, so that there is a message with a text and a mail with an HTML part.
    payload: { ...invitationBody({ applicationId, recruiterId: recruiter.id }), email: { action: 'send_email', variants: { da: { subject: 'Samtale', body: 'Hej {firstname}' } } } },
  });
  await deliverDue(test);
  const mail = await db.selectFrom('dev_mailbox').select(['id', 'outbox_id']).where('recipient', '=', candidate.email).executeTakeFirstOrThrow();
  // A message that failed for good, so that sending it again is something its own organisation may do.
  await db.updateTable('messages').set({ status: 'failed' }).where('id', '=', mail.outbox_id).execute();
  const externalId = 'ats-1';
  await db.updateTable('projects').set({ external_id: externalId }).where('id', '=', projectId).execute();
  await db.updateTable('candidates').set({ external_id: externalId }).where('id', '=', candidate.id).execute();
  await db.updateTable('applications').set({ external_id: externalId }).where('id', '=', applicationId).execute();
  const apiKey = await test.app.inject({ method: 'POST', url: '/api/api-keys', headers: { cookie: ourCookie }, payload: { name: 'Vores ATS', scope: 'read' } });
  // For an event that none of these tests makes happen, so that nothing is posted anywhere.
  const endpoint = await test.app.inject({
    method: 'POST',
    url: '/api/webhook-endpoints',
    headers: { cookie: ourCookie },
    payload: { url: 'https://ats.vores.example/hooks', events: ['reminder.failed'] },
  });
  await queueInvitationEvents(db, organisation.id, 'reminder.failed', [{ invitationId: sent.json().invitations[0].id }], test.clock.now());
  const delivery = await db.updateTable('messages').set({ status: 'failed' }).where('channel', '=', 'webhook').returning('id').executeTakeFirstOrThrow();
  const offer = await test.app.inject({
    method: 'POST',
    url: `/api/projects/${projectId}/booking-offers`,
    headers: { cookie: ourCookie },
    payload: offerBody({ applicationId, recruiterId: recruiter.id }),
  });
  ours = {
    offerId: offer.json().offerId,
    externalId,
    webhookEndpointId: endpoint.json().id,
    webhookDeliveryId: delivery.id,
    apiKeyId: apiKey.json().id,
    projectId,
    applicationId,
    interviewId: sent.json().interviewIds[0],
    invitationId: sent.json().invitations[0].id,
    mailId: mail.id,
    messageId: mail.outbox_id,
    recruiterId: recruiter.id,
    userId: colleague.id,
  };

  const other = await createOrganisation(db, { name: 'Deres Firma' });
  const otherRecruiter = await createUser(db, other.id, { role: 'admin', smsAccess: true });
  const otherProjectId = await createProject(db, other.id, otherRecruiter.id, { title: 'Deres stilling' });
  theirs = { organisationId: other.id, projectId: otherProjectId, recruiterId: otherRecruiter.id };
  theirCookie = await logInAs(test.app, otherRecruiter.email);
});
afterAll(() => test.close());

const inject = (route: (typeof ROUTES_WITH_IDS)[number], ids: Ids, cookie: string) =>
  test.app.inject({
    method: route.method,
    url: route.url(ids),
    headers: { cookie, ...(route.contentType ? { 'content-type': route.contentType } : {}) },
    ...(route.body ? { payload: route.body(ids) } : {}),
  });

describe(`tenant isolation on ${TEST_ENGINE}`, () => {
  it.each(ROUTES_WITH_IDS)('$method $path answers another organisation with 404, as for an id that never existed', async (route) => {
    const own = await inject(route, ours, ourCookie);
    expect(own.statusCode).toBeLessThan(300);

    const foreign = await inject(route, ours, theirCookie);
    const missing = await inject(route, { ...ours, projectId: NO_SUCH_ID, applicationId: NO_SUCH_ID, interviewId: NO_SUCH_ID, invitationId: NO_SUCH_ID, mailId: NO_SUCH_ID, messageId: NO_SUCH_ID, userId: NO_SUCH_ID, externalId: NO_SUCH_ID, apiKeyId: NO_SUCH_ID, webhookEndpointId: NO_SUCH_ID, webhookDeliveryId: NO_SUCH_ID, offerId: NO_SUCH_ID }, theirCookie);
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toEqual(missing.json());
    expect(foreign.body).not.toMatch(/Hemmelig|Fortrolig|Vores/);
  });

  it("refuses to invite another organisation's applicants into one's own project, as if they did not exist", async () => {
    const body = invitationBody({ applicationId: ours.applicationId, recruiterId: theirs.recruiterId });
    const foreign = await test.app.inject({ method: 'POST', url: `/api/projects/${theirs.projectId}/interview-invitations`, headers: { cookie: theirCookie }, payload: body });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.body).not.toMatch(/Fortrolig/);
  });

  it("refuses another organisation's recruiter as a participant", async () => {
    const { applicationId } = await createApplication(test.ctx.db, theirs.organisationId, theirs.projectId);
    const body = invitationBody({ applicationId, recruiterId: ours.recruiterId });
    const response = await test.app.inject({ method: 'POST', url: `/api/projects/${theirs.projectId}/interview-invitations`, headers: { cookie: theirCookie }, payload: body });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe('body.interview.recruiterIds[0] is not a user of your organisation.');
  });

  it('lists only the caller’s own projects and mail', async () => {
    const projects = await test.app.inject({ url: '/api/projects', headers: { cookie: theirCookie } });
    expect(projects.json().items.map((project: { title: string }) => project.title)).toEqual(['Deres stilling']);
    const mailbox = await test.app.inject({ url: '/api/dev-mailbox', headers: { cookie: theirCookie } });
    expect(mailbox.json().items).toEqual([]);
  });

  it("shows another organisation nothing in the recruitment calendar, even filtered by this one's ids", async () => {
    const window = { from: '2026-03-01T00:00:00Z', to: '2026-04-01T00:00:00Z' };
    const calendar = (cookie: string, filter: Record<string, string> = {}) =>
      test.app.inject({ url: `/api/calendar?${new URLSearchParams({ ...window, ...filter })}`, headers: { cookie } });
    expect((await calendar(ourCookie, { recruiterId: ours.recruiterId, projectId: ours.projectId })).json().items).not.toHaveLength(0);
    for (const filter of [{}, { recruiterId: ours.recruiterId }, { projectId: ours.projectId }] as Record<string, string>[]) {
      const foreign = await calendar(theirCookie, filter);
      expect(foreign.json().items).toEqual([]);
      expect(foreign.body).not.toMatch(/Hemmelig|Fortrolig|Vores/);
    }
  });

  it('lists only the caller’s own recruiters', async () => {
    const recruiters = await test.app.inject({ url: '/api/recruiters', headers: { cookie: theirCookie } });
    expect(recruiters.json().items.map((recruiter: { id: string }) => recruiter.id)).toEqual([theirs.recruiterId]);
    const users = await test.app.inject({ url: '/api/users', headers: { cookie: theirCookie } });
    expect(users.json().items.map((user: { id: string }) => user.id)).toEqual([theirs.recruiterId]);
  });

  it('tells the caller only about their own organisation', async () => {
    const response = await test.app.inject({ url: '/api/me', headers: { cookie: theirCookie } });
    expect(response.json().organisation.id).toBe(theirs.organisationId);
  });

  it('covers every documented operation, method and path, once', async () => {
    const document = (await test.app.inject({ url: '/api/openapi.json' })).json() as { paths: Record<string, Record<string, unknown>> };
    const documented = Object.entries(document.paths).flatMap(([path, operations]) =>
      Object.keys(operations)
        .filter((method) => HTTP_METHODS.has(method))
        .map((method) => `${method.toUpperCase()} ${path}`),
    );
    const covered = [...ROUTES_WITH_IDS.map((route) => `${route.method} ${route.path}`), ...OPERATIONS_WITHOUT_IDS];
    expect({
      notCovered: documented.filter((operation) => !covered.includes(operation)),
      notDocumented: covered.filter((operation) => !documented.includes(operation)),
      coveredTwice: covered.filter((operation, index) => covered.indexOf(operation) !== index),
    }).toEqual({ notCovered: [], notDocumented: [], coveredTwice: [] });
  });
});
