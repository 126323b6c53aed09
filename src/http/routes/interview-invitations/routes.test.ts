import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApplication, createProject } from '../../../../test/support/factories.js';
import { recruitmentProject as sharedRecruitmentProject, type RecruitmentProject } from '../../../../test/support/recruitment-project.js';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { TEST_ENGINE } from '../../../../test/support/test-database.js';

let test: TestApp;
beforeEach(async () => {
  test = await createTestApp();
  test.clock.set('2026-03-02T08:00:00Z');
});
afterEach(() => test.close());

const recruitmentProject = () => sharedRecruitmentProject(test);

type Setup = RecruitmentProject;

const variant = (body: string, subject = 'Samtale om {jobtitle}') => ({ subject, body });

function requestBody(setup: Setup, applicationIds: string[], overrides: { interview?: object; email?: object } = {}) {
  return {
    applicationIds,
    interview: { type: 'in_person', recruiterIds: [setup.anna.id, setup.bo.id], date: '2026-03-10', time: '10:00', durationMinutes: 45, location: 'Havnegade 1', ...overrides.interview },
    email: { action: 'send_email', variants: { da: variant('Kære {firstname}'), en: variant('Dear {firstname}') }, ...overrides.email },
  };
}

const post = (setup: Setup, path: 'preview' | '', body: unknown) =>
  test.app.inject({
    method: 'POST',
    url: `/api/projects/${setup.projectId}/interview-invitations${path ? `/${path}` : ''}`,
    headers: { cookie: setup.cookie },
    payload: body as object,
  });

describe(`POST /api/projects/:projectId/interview-invitations/preview on ${TEST_ENGINE}`, () => {
  it("shows each applicant's own slot, back to back with the break, and their email in their language", async () => {
    const setup = await recruitmentProject();
    const søren = await setup.applicant('Søren', 'da');
    const emma = await setup.applicant('Emma', 'en');
    const response = await post(setup, 'preview', requestBody(setup, [søren.applicationId, emma.applicationId], { interview: { breakMinutes: 15 } }));

    expect(response.statusCode).toBe(200);
    const preview = response.json();
    expect(preview.recipients.map((r: { slot: unknown }) => r.slot)).toEqual([
      { startsAt: '2026-03-10T09:00:00.000Z', endsAt: '2026-03-10T09:45:00.000Z' },
      { startsAt: '2026-03-10T10:00:00.000Z', endsAt: '2026-03-10T10:45:00.000Z' },
    ]);
    expect(preview.recipients[0]).toMatchObject({ language: 'da', email: { subject: 'Samtale om Bogholder' } });
    expect(preview.recipients[0].email.text).toMatch(/^Kære Søren\n\nSvar venligst på invitationen her: http:\/\/localhost:3000\/i\//);
    expect(preview.recipients[1].email.text).toMatch(/^Dear Emma/);
    expect(preview.confirmLink).toEqual({ default: true, included: true });
  });

  it('stores nothing', async () => {
    const setup = await recruitmentProject();
    const { applicationId } = await setup.applicant('Søren', 'da');
    await post(setup, 'preview', requestBody(setup, [applicationId]));
    expect(await test.ctx.db.selectFrom('interviews').selectAll().execute()).toEqual([]);
    expect(await test.ctx.db.selectFrom('messages').selectAll().execute()).toEqual([]);
  });

  it('gives a group interview one slot that every applicant attends', async () => {
    const setup = await recruitmentProject();
    const ids = await Promise.all(['A', 'B', 'C'].map(async (name) => (await setup.applicant(name, 'da')).applicationId));
    const preview = (await post(setup, 'preview', requestBody(setup, ids, { interview: { type: 'group', breakMinutes: 10 } }))).json();
    expect(preview.interviews).toEqual([{ startsAt: '2026-03-10T09:00:00.000Z', endsAt: '2026-03-10T09:45:00.000Z' }]);
    expect(new Set(preview.recipients.map((r: { slot: { startsAt: string } }) => r.slot.startsAt))).toEqual(new Set(['2026-03-10T09:00:00.000Z']));
  });

  it('reads the time on the local clock in summer too', async () => {
    const setup = await recruitmentProject();
    const { applicationId } = await setup.applicant('Søren', 'da');
    const preview = (await post(setup, 'preview', requestBody(setup, [applicationId], { interview: { date: '2026-07-06' } }))).json();
    expect(preview.interviews[0].startsAt).toBe('2026-07-06T08:00:00.000Z');
    expect(preview.recipients[0].email.text).not.toContain('{');
  });

  it("warns when a recruiter already has an interview at that time, without refusing", async () => {
    const setup = await recruitmentProject();
    const first = await setup.applicant('Første', 'da');
    const second = await setup.applicant('Anden', 'da');
    expect((await post(setup, '', requestBody(setup, [first.applicationId], { email: { action: 'no_email' } }))).statusCode).toBe(201);
    const preview = await post(setup, 'preview', requestBody(setup, [second.applicationId], { interview: { time: '10:30', recruiterIds: [setup.bo.id] } }));
    expect(preview.statusCode).toBe(200);
    expect(preview.json().warnings).toEqual([
      expect.objectContaining({ code: 'recruiter_busy', recruiterId: setup.bo.id, recruiterName: setup.bo.name, startsAt: '2026-03-10T09:00:00.000Z', endsAt: '2026-03-10T09:45:00.000Z' }),
    ]);
    const free = await post(setup, 'preview', requestBody(setup, [second.applicationId], { interview: { time: '10:45', recruiterIds: [setup.bo.id] } }));
    expect(free.json().warnings).toEqual([]);
  });

  it("gives a candidate whose language has no variant the organisation's default, and says so", async () => {
    const setup = await recruitmentProject();
    const { applicationId } = await setup.applicant('Astrid', 'sv');
    const preview = (await post(setup, 'preview', requestBody(setup, [applicationId]))).json();
    expect(preview.recipients[0].language).toBe('da');
    expect(preview.warnings).toEqual([expect.objectContaining({ code: 'language_fallback', applicationId })]);
  });

  it('escapes a candidate-supplied name in the HTML part', async () => {
    const setup = await recruitmentProject();
    const { applicationId } = await setup.applicant('<script>alert(1)</script>', 'da');
    const preview = (await post(setup, 'preview', requestBody(setup, [applicationId]))).json();
    expect(preview.recipients[0].email.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(preview.recipients[0].email.html).not.toContain('<script>');
    expect(preview.recipients[0].email.text).toContain('<script>alert(1)</script>');
  });
});

describe(`the confirm-link default on ${TEST_ENGINE}`, () => {
  const withLink = 'Hej {firstname}, svar her: {confirmlink}';
  const withoutLink = 'Hej {firstname}';

  async function previewOf(languages: string[], variants: Record<string, { subject: string; body: string }>, includeConfirmLink?: boolean) {
    const setup = await recruitmentProject();
    const ids = [];
    for (const [index, language] of languages.entries()) ids.push((await setup.applicant(`Person${index}`, language)).applicationId);
    const email = { action: 'send_email', variants, ...(includeConfirmLink === undefined ? {} : { includeConfirmLink }) };
    const response = await post(setup, 'preview', requestBody(setup, ids, { email }));
    expect(response.statusCode).toBe(200);
    return response.json();
  }
  const linkCount = (text: string) => text.split('http://localhost:3000/i/').length - 1;

  it('one candidate, content with {confirmlink}: not ticked, and the link appears once', async () => {
    const preview = await previewOf(['da'], { da: variant(withLink) });
    expect(preview.confirmLink).toEqual({ default: false, included: false });
    expect(linkCount(preview.recipients[0].email.text)).toBe(1);
  });

  it('one candidate, content without {confirmlink}: ticked, and the link is appended once', async () => {
    const preview = await previewOf(['da'], { da: variant(withoutLink) });
    expect(preview.confirmLink).toEqual({ default: true, included: true });
    expect(linkCount(preview.recipients[0].email.text)).toBe(1);
  });

  it('several languages, every variant with {confirmlink}: not ticked', async () => {
    const preview = await previewOf(['da', 'en', 'sv'], { da: variant(withLink), en: variant(withLink), sv: variant(withLink) });
    expect(preview.confirmLink.default).toBe(false);
    for (const recipient of preview.recipients) expect(linkCount(recipient.email.text)).toBe(1);
  });

  it('several languages, no variant with {confirmlink}: ticked, and every email gets the link once', async () => {
    const preview = await previewOf(['da', 'en', 'sv'], { da: variant(withoutLink), en: variant(withoutLink), sv: variant(withoutLink) });
    expect(preview.confirmLink.default).toBe(true);
    for (const recipient of preview.recipients) expect(linkCount(recipient.email.text)).toBe(1);
  });

  it('several languages, some variants with {confirmlink} and some without: ticked, never twice', async () => {
    const preview = await previewOf(['da', 'en'], { da: variant(withLink), en: variant(withoutLink) });
    expect(preview.confirmLink).toEqual({ default: true, included: true });
    for (const recipient of preview.recipients) expect(linkCount(recipient.email.text)).toBe(1);
  });

  it('counts only the variants actually used', async () => {
    const preview = await previewOf(['da'], { da: variant(withLink), en: variant(withoutLink) });
    expect(preview.confirmLink.default).toBe(false);
  });

  it('lets the recruiter untick the option: no link is added, but {confirmlink} written in the text still works', async () => {
    const preview = await previewOf(['da', 'en'], { da: variant(withLink), en: variant(withoutLink) }, false);
    expect(preview.confirmLink).toEqual({ default: true, included: false });
    expect(linkCount(preview.recipients[0].email.text)).toBe(1);
    expect(linkCount(preview.recipients[1].email.text)).toBe(0);
  });
});

describe(`POST /api/projects/:projectId/interview-invitations on ${TEST_ENGINE}`, () => {
  it('stores interviews, invitations awaiting an answer, invited applications, audit events and queued emails together', async () => {
    const setup = await recruitmentProject();
    const søren = await setup.applicant('Søren', 'da', { status: 'in_review' });
    const emma = await setup.applicant('Emma', 'en');
    const response = await post(setup, '', requestBody(setup, [søren.applicationId, emma.applicationId]));

    expect(response.statusCode).toBe(201);
    const result = response.json();
    expect(result.invitations).toHaveLength(2);
    expect(result.invitations[0]).toMatchObject({ applicationId: søren.applicationId, responseStatus: 'awaiting', confirmUrl: expect.stringMatching(/^http:\/\/localhost:3000\/i\/[A-Za-z0-9_-]{43}$/) });
    const db = test.ctx.db;
    expect(await db.selectFrom('interviews').select(['status', 'sequence']).execute()).toEqual([
      { status: 'scheduled', sequence: 0 },
      { status: 'scheduled', sequence: 0 },
    ]);
    const applications = await db.selectFrom('applications').select('status').execute();
    expect(applications.map((a) => a.status)).toEqual(['invited_to_interview', 'invited_to_interview']);
    const messages = await db.selectFrom('messages').select(['kind', 'recipient', 'status']).orderBy('kind').orderBy('recipient').execute();
    expect(messages.map((m) => `${m.kind}:${m.recipient}:${m.status}`)).toEqual([
      `interview_invitation:${søren.candidate.email}:queued`,
      `interview_invitation:${emma.candidate.email}:queued`,
      'recruiter_calendar:anna@nordhavn.example:queued',
      'recruiter_calendar:anna@nordhavn.example:queued',
      'recruiter_calendar:bo@nordhavn.example:queued',
      'recruiter_calendar:bo@nordhavn.example:queued',
    ].sort());
    const actions = (await db.selectFrom('audit_events').select('action').where('action', '!=', 'user.logged_in').execute()).map((e) => e.action).sort();
    expect(actions).toEqual(['application.invited_to_interview', 'application.invited_to_interview', 'interview.scheduled', 'interview.scheduled']);
  });

  it('keeps no working link in the database', async () => {
    const setup = await recruitmentProject();
    const { applicationId } = await setup.applicant('Søren', 'da');
    const result = (await post(setup, '', requestBody(setup, [applicationId]))).json();
    const token = result.invitations[0].confirmUrl.split('/i/')[1];
    const dump = JSON.stringify([
      await test.ctx.db.selectFrom('messages').selectAll().execute(),
      await test.ctx.db.selectFrom('invitations').selectAll().execute(),
      await test.ctx.db.selectFrom('audit_events').selectAll().execute(),
    ]);
    expect(dump).not.toContain(token);
  });

  it('with "no email" sends the candidate nothing but still books the interview and tells the recruiters', async () => {
    const setup = await recruitmentProject();
    const { applicationId } = await setup.applicant('Søren', 'da');
    const response = await post(setup, '', requestBody(setup, [applicationId], { email: { action: 'no_email' } }));
    expect(response.statusCode).toBe(201);
    const kinds = (await test.ctx.db.selectFrom('messages').select('kind').execute()).map((m) => m.kind);
    expect(kinds).toEqual(['recruiter_calendar', 'recruiter_calendar']);
  });

  it("shows the invitation and its emails on the candidate's page, and the interview at its own address", async () => {
    const setup = await recruitmentProject();
    const { applicationId } = await setup.applicant('Søren', 'da');
    const result = (await post(setup, '', requestBody(setup, [applicationId]))).json();
    const page = (await test.app.inject({ url: `/api/applications/${applicationId}`, headers: { cookie: setup.cookie } })).json();
    expect(page.application.status).toBe('invited_to_interview');
    expect(page.invitations).toEqual([
      expect.objectContaining({ id: result.invitations[0].id, responseStatus: 'awaiting', interview: expect.objectContaining({ type: 'in_person', startsAt: '2026-03-10T09:00:00.000Z' }) }),
    ]);
    expect(page.messages).toEqual([expect.objectContaining({ kind: 'interview_invitation', status: 'queued', subject: 'Samtale om Bogholder', sentAt: null, error: null })]);

    const interview = await test.app.inject({ url: `/api/interviews/${result.interviewIds[0]}`, headers: { cookie: setup.cookie } });
    expect(interview.statusCode).toBe(200);
    expect(interview.json()).toMatchObject({
      type: 'in_person',
      location: 'Havnegade 1',
      recruiters: [{ name: 'Anna Holm' }, { name: 'Bo Lindqvist' }],
      invitations: [{ applicationId, responseStatus: 'awaiting', application: { candidate: { firstName: 'Søren' } } }],
    });
  });
});

describe(`invitation requests that are refused on ${TEST_ENGINE}`, () => {
  it.each([
    ['an unknown variable', { email: { action: 'send_email', variants: { da: variant('Hej {fornavn}') } } }, 'body.email.variants.da.body uses the unknown variable {fornavn} in the da variant.'],
    ['an empty subject', { email: { action: 'send_email', variants: { da: variant('Hej', '  ') } } }, 'body.email.variants.da.subject'],
    ['a date in the past', { interview: { date: '2026-03-01' } }, 'body.interview.date and interview.time are in the past.'],
    ['a time the clocks skip', { interview: { date: '2026-03-29', time: '02:30' } }, 'body.interview.time does not exist on 2026-03-29'],
    ['a date that does not exist', { interview: { date: '2026-02-30' } }, 'body.interview.date'],
    ['a duration under five minutes', { interview: { durationMinutes: 4 } }, 'body.interview.durationMinutes must be >= 5.'],
    ['a duration over eight hours', { interview: { durationMinutes: 481 } }, 'body.interview.durationMinutes must be <= 480.'],
    ['an unknown recruiter', { interview: { recruiterIds: ['00000000-0000-4000-8000-000000000000'] } }, 'body.interview.recruiterIds[0] is not a user of your organisation.'],
    ['a video interview without a meeting link', { interview: { type: 'video' } }, 'body.interview.meetingUrl is needed for a video interview.'],
    ['a language Samtale does not ship', { email: { action: 'send_email', variants: { fr: variant('Bonjour') } } }, 'body.email.variants.fr is not a known field.'],
    ['a sender address that is not allowed', { email: { action: 'send_email', from: 'ceo@elsewhere.example', variants: { da: variant('Hej') } } }, 'body.email.from'],
    ['sending an email without any variant', { email: { action: 'send_email', variants: {} } }, 'body.email.variants needs at least one language variant'],
  ])('refuses %s, naming the field', async (_label, overrides, message) => {
    const setup = await recruitmentProject();
    const { applicationId } = await setup.applicant('Søren', 'da');
    for (const path of ['preview', ''] as const) {
      const response = await post(setup, path, requestBody(setup, [applicationId], overrides));
      expect(response.statusCode).toBe(400);
      expect(response.json().error.code).toBe('validation_failed');
      expect(response.json().error.message).toContain(message);
    }
    expect(await test.ctx.db.selectFrom('interviews').selectAll().execute()).toEqual([]);
  });

  it('refuses zero applications and more than 10,000', async () => {
    const setup = await recruitmentProject();
    const none = await post(setup, '', requestBody(setup, []));
    expect(none.json().error.message).toBe('body.applicationIds must NOT have fewer than 1 items.');
    const tooMany = await post(setup, '', requestBody(setup, Array.from({ length: 10_001 }, (_, i) => `id-${i}`)));
    expect(tooMany.statusCode).toBe(400);
    expect(tooMany.json().error.message).toBe('body.applicationIds must NOT have more than 10000 items.');
  });

  it('refuses a NUL character in a subject or body with 400 naming the variant, and stores nothing', async () => {
    const setup = await recruitmentProject();
    const { applicationId } = await setup.applicant('Søren', 'da');
    for (const [variants, field] of [
      [{ da: variant('Kære {firstname}', 'Samtale\u0000') }, 'body.email.variants.da.subject'],
      [{ da: variant('Kære\u0000{firstname}') }, 'body.email.variants.da.body'],
    ] as const) {
      for (const path of ['preview', ''] as const) {
        const response = await post(setup, path, requestBody(setup, [applicationId], { email: { action: 'send_email', variants } }));
        expect(response.statusCode).toBe(400);
        expect(response.json().error.message).toBe(`${field} must not contain the NUL character (U+0000).`);
      }
    }
    expect(await test.ctx.db.selectFrom('interviews').selectAll().execute()).toEqual([]);
  });

  it('refuses an interview more than five years ahead in preview and send, naming the last date, and stores nothing', async () => {
    const setup = await recruitmentProject();
    const { applicationId } = await setup.applicant('Søren', 'da');
    for (const path of ['preview', ''] as const) {
      for (const date of ['9999-12-31', '2031-03-03']) {
        const response = await post(setup, path, requestBody(setup, [applicationId], { interview: { date, time: '23:59', durationMinutes: 480 } }));
        expect(response.statusCode).toBe(400);
        expect(response.json().error).toMatchObject({
          code: 'validation_failed',
          message: 'body.interview.date must be at most 5 years ahead: on or before 2031-03-02.',
          details: [{ field: 'interview.date', in: 'body' }],
        });
      }
    }
    expect(await test.ctx.db.selectFrom('interviews').selectAll().execute()).toEqual([]);
    const lastDay = await post(setup, '', requestBody(setup, [applicationId], { interview: { date: '2031-03-02', time: '23:59', durationMinutes: 480 } }));
    expect(lastDay.statusCode).toBe(201);
  });

  it('refuses a body of more than 1 MB', async () => {
    const setup = await recruitmentProject();
    const { applicationId } = await setup.applicant('Søren', 'da');
    const body = requestBody(setup, [applicationId], { email: { action: 'send_email', variants: { da: variant('x'.repeat(1024 * 1024)) } } });
    const response = await post(setup, '', body);
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('bad_request');
  });

  it('refuses a closed project, a withdrawn application and an application of another project, saying why', async () => {
    const setup = await recruitmentProject();
    const withdrawn = await setup.applicant('Trukket', 'da', { status: 'withdrawn' });
    const response = await post(setup, '', requestBody(setup, [withdrawn.applicationId]));
    expect(response.statusCode).toBe(400);
    expect(response.json().error.message).toBe('body.applicationIds[0] is withdrawn: Trukket Test has withdrawn the application.');

    const otherProject = await createProject(test.ctx.db, setup.organisation.id, setup.anna.id);
    const elsewhere = await createApplication(test.ctx.db, setup.organisation.id, otherProject);
    const wrongProject = await post(setup, '', requestBody(setup, [elsewhere.applicationId]));
    expect(wrongProject.json().error.message).toBe('body.applicationIds[0] belongs to another recruitment project.');

    await test.ctx.db.updateTable('projects').set({ status: 'closed' }).where('id', '=', setup.projectId).execute();
    const { applicationId } = await setup.applicant('Søren', 'da');
    const closed = await post(setup, '', requestBody(setup, [applicationId]));
    expect(closed.statusCode).toBe(400);
    expect(closed.json().error.message).toContain('The recruitment project is closed');
  });

  it('refuses an application given twice', async () => {
    const setup = await recruitmentProject();
    const { applicationId } = await setup.applicant('Søren', 'da');
    const response = await post(setup, '', requestBody(setup, [applicationId, applicationId]));
    expect(response.json().error.message).toBe('body.applicationIds[1] is given twice.');
  });

  it('is 404 for applications that do not exist', async () => {
    const setup = await recruitmentProject();
    const response = await post(setup, '', requestBody(setup, ['00000000-0000-4000-8000-000000000000']));
    expect(response.statusCode).toBe(404);
  });

  it('is 401 without a session, before looking at the body', async () => {
    const setup = await recruitmentProject();
    const response = await test.app.inject({ method: 'POST', url: `/api/projects/${setup.projectId}/interview-invitations`, payload: { nonsense: true } });
    expect(response.statusCode).toBe(401);
  });
});
