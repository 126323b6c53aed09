import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listDevMail } from '../db/repositories/dev-mailbox.js';
import { databaseSnapshot } from '../../test/support/database-snapshot.js';
import { createApplication, createOrganisation, createProject, createUser } from '../../test/support/factories.js';
import { deliverDue } from '../../test/support/outbox.js';
import { createTestApp, logInAs, type TestApp } from '../../test/support/test-app.js';
import { TEST_ENGINE } from '../../test/support/test-database.js';
import { LIMITS } from './routes.js';

let test: TestApp;
beforeEach(async () => {
  test = await createTestApp();
  test.clock.set('2026-03-02T08:00:00Z');
});
afterEach(() => test.close());

async function invitation(options: { title?: string; location?: string; language?: string; coRecruiter?: string } = {}) {
  const db = test.ctx.db;
  const organisation = await createOrganisation(db, { name: 'Nordhavn Byg A/S' });
  const anna = await createUser(db, organisation.id, { name: 'Anna Holm', email: 'anna@org.example' });
  const projectId = await createProject(db, organisation.id, anna.id, { title: options.title ?? 'Bogholder' });
  const { applicationId } = await createApplication(db, organisation.id, projectId, { firstName: 'Søren', lastName: 'Ågård', email: 'soeren@mail.example', language: options.language ?? 'da' });
  const coRecruiter = options.coRecruiter ? await createUser(db, organisation.id, { name: options.coRecruiter }) : null;
  const cookie = await logInAs(test.app, anna.email);
  const sent = await test.app.inject({
    method: 'POST',
    url: `/api/projects/${projectId}/interview-invitations`,
    headers: { cookie },
    payload: {
      applicationIds: [applicationId],
      interview: { type: 'in_person', recruiterIds: coRecruiter ? [coRecruiter.id, anna.id] : [anna.id], date: '2026-03-10', time: '10:00', durationMinutes: 45, location: options.location ?? 'Havnegade 1' },
      email: { action: 'no_email' },
      reminder: { channel: 'email', daysBefore: 1, email: { variants: { da: { subject: 'Husk', body: 'Hej {firstname}', signature: '' }, en: { subject: 'Reminder', body: 'Hi', signature: '' } } } },
    },
  });
  await deliverDue(test);
  const result = sent.json();
  const path = new URL(result.invitations[0].confirmUrl).pathname;
  return { organisation, cookie, applicationId, interviewId: result.interviewIds[0] as string, path };
}

const view = (path: string, headers: Record<string, string> = {}) => test.app.inject({ url: path, headers });
const formTokenOf = (page: string) => /name="csrf" value="([^"]+)"/.exec(page)![1]!;

/** Posts a form body as a browser would, whatever it holds. */
const postForm = (path: string, payload: string) =>
  test.app.inject({ method: 'POST', url: path, headers: { 'content-type': 'application/x-www-form-urlencoded' }, payload });
const formOf = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

async function answer(path: string, fields: Record<string, string>) {
  const page = (await view(path)).body;
  return postForm(path, formOf({ csrf: formTokenOf(page), ...fields }));
}

async function state(setup: { cookie: string; applicationId: string }) {
  const cookie = await logInAs(test.app, 'anna@org.example');
  const page = (await test.app.inject({ url: `/api/applications/${setup.applicationId}`, headers: { cookie } })).json();
  return {
    response: page.invitations[0].responseStatus as string,
    application: page.application.status as string,
    reminders: page.reminders.map((r: { status: string }) => r.status) as string[],
    history: page.history as { action: string; actor: { type: string; name: string }; after: unknown }[],
  };
}

async function noticesTo(organisationId: string, recipient: string) {
  await deliverDue(test);
  return (await listDevMail(test.ctx.db, organisationId, 50)).filter((mail) => mail.recipient === recipient && mail.subject.startsWith('Søren'));
}

describe(`the candidate's page on ${TEST_ENGINE}`, () => {
  it('shows the interview in Danish with the zone named, the four answers, and strict security headers', async () => {
    const setup = await invitation();
    const response = await view(setup.path);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toContain("default-src 'none'");
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['x-frame-options']).toBe('DENY');
    const page = response.body;
    expect(page).toContain('<html lang="da"');
    for (const text of ['Nordhavn Byg A/S', 'Bogholder', 'tirsdag den 10. marts 2026', '10.00–10.45 CET', '45 minutter', 'Havnegade 1', 'Anna Holm']) expect(page).toContain(text);
    for (const text of ['Ja tak, jeg vil gerne deltage', 'Nej tak, jeg ønsker ikke at deltage', 'Kontakt mig for en ny aftale', 'Annullér min ansøgning']) expect(page).toContain(text);
    expect(page).not.toMatch(/<script|style=/);
    const css = await view('/i/assets/page.css');
    expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
  });

  it("names the interview's recruiters in name order, and no other user of the organisation", async () => {
    const setup = await invitation({ coRecruiter: 'Bo Lund' });
    await createUser(test.ctx.db, setup.organisation.id, { name: 'Carla Ikkemed' });
    const page = (await view(setup.path)).body;
    expect(page).toContain('Anna Holm og Bo Lund');
    expect(page).not.toContain('Carla Ikkemed');
  });

  it('speaks English to an English-speaking candidate', async () => {
    const setup = await invitation({ language: 'en' });
    const page = (await view(setup.path)).body;
    expect(page).toContain('<html lang="en"');
    expect(page).toContain('Yes, I would like to attend');
    expect(page).toContain('Tuesday, 10 March 2026');
  });

  it('escapes every value it shows', async () => {
    const setup = await invitation({ title: '<script>alert(1)</script>', location: '"><img src=x onerror=alert(2)>' });
    const page = (await view(setup.path)).body;
    expect(page).not.toContain('<script>alert(1)');
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });

  it('never writes the link, its token or the candidate\'s message into the log', async () => {
    const setup = await invitation();
    await answer(setup.path, { answer: 'new_time_requested', message: 'Ring efter kl. 14' });
    const token = setup.path.split('/').pop()!;
    const logs = test.logs();
    expect(logs).toContain('/i/:token');
    expect(logs).not.toContain(token);
    expect(logs).not.toContain('Ring efter');
  });

  it('changes nothing in the database when the link is only opened, however often', async () => {
    const setup = await invitation();
    const before = await databaseSnapshot(test.ctx.db);
    expect(before.invitations).toHaveLength(1);
    for (let i = 0; i < 5; i++) {
      test.clock.advance(60_000);
      expect((await view(setup.path)).statusCode).toBe(200);
      expect((await test.app.inject({ method: 'HEAD', url: setup.path })).statusCode).toBe(200);
    }
    expect(await databaseSnapshot(test.ctx.db)).toEqual(before);
  });

  it('records "yes", tells the recruiter once, and lets the same answer again change nothing', async () => {
    const setup = await invitation();
    const response = await answer(setup.path, { answer: 'accepted' });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('<html lang="da"');
    expect((await state(setup)).response).toBe('accepted');
    const notices = await noticesTo(setup.organisation.id, 'anna@org.example');
    expect(notices.map((mail) => mail.subject)).toEqual(['Søren Ågård: Accepteret – Bogholder']);

    expect((await answer(setup.path, { answer: 'accepted' })).statusCode).toBe(200);
    expect(await noticesTo(setup.organisation.id, 'anna@org.example')).toHaveLength(1);
    const answered = (await state(setup)).history.filter((event) => event.action === 'invitation.answered');
    expect(answered).toEqual([expect.objectContaining({ actor: expect.objectContaining({ type: 'candidate', name: 'Søren Ågård' }) })]);
  });

  it("tells each of the interview's recruiters, and only them, from the organisation's sender, with replies going to the candidate", async () => {
    const setup = await invitation({ coRecruiter: 'Bo Lund' });
    await createUser(test.ctx.db, setup.organisation.id, { name: 'Carla Ikkemed', email: 'carla@org.example' });
    await answer(setup.path, { answer: 'accepted' });
    const notices = await test.ctx.db
      .selectFrom('messages')
      .innerJoin('users', 'users.email', 'messages.recipient')
      .select(['users.name', 'messages.reply_to', 'messages.sender', 'messages.interview_id', 'messages.text_body'])
      .where('messages.kind', '=', 'answer_notice')
      .orderBy('users.name')
      .execute();
    expect(notices.map((notice) => notice.name)).toEqual(['Anna Holm', 'Bo Lund']);
    for (const notice of notices) {
      expect(notice).toMatchObject({ reply_to: 'soeren@mail.example', sender: setup.organisation.defaultSenderAddress, interview_id: setup.interviewId });
      expect(notice.text_body).toContain('10. marts 2026');
    }
  });

  it('records "no" and cancels the reminder; a later "yes" replaces it before the interview', async () => {
    const setup = await invitation();
    await answer(setup.path, { answer: 'declined' });
    expect(await state(setup)).toMatchObject({ response: 'declined', reminders: ['cancelled'] });
    await answer(setup.path, { answer: 'accepted' });
    expect((await state(setup)).response).toBe('accepted');
  });

  it("asks for a new time with the candidate's message, passed on to the recruiter", async () => {
    const setup = await invitation();
    await answer(setup.path, { answer: 'new_time_requested', message: 'Jeg kan kun efter kl. 14 <b>tak</b>' });
    expect((await state(setup)).response).toBe('new_time_requested');
    const [notice] = await noticesTo(setup.organisation.id, 'anna@org.example');
    expect(notice!.subject).toBe('Søren Ågård: Kontakt for nyt tidspkt. – Bogholder');
  });

  it('asks "are you sure" before withdrawing, then withdraws the application for good', async () => {
    const setup = await invitation();
    const ask = await answer(setup.path, { answer: 'not_relevant' });
    expect(ask.statusCode).toBe(200);
    expect(ask.body).toContain('name="confirm" value="yes"');
    expect((await state(setup)).response).toBe('awaiting');

    await answer(setup.path, { answer: 'not_relevant', confirm: 'yes' });
    expect(await state(setup)).toMatchObject({ response: 'not_relevant', application: 'withdrawn', reminders: ['cancelled'] });

    const later = await view(setup.path);
    expect(later.statusCode).toBe(200);
    expect(later.body).not.toContain('Ja tak, jeg vil gerne deltage');
    const retry = await postForm(setup.path, 'answer=accepted&csrf=x');
    expect(retry.statusCode).toBe(409);
    expect((await state(setup)).response).toBe('not_relevant');
  });

  it('closes the invitation once the interview has started', async () => {
    const setup = await invitation();
    const page = (await view(setup.path)).body;
    test.clock.set('2026-03-10T09:00:00Z');
    const closed = await view(setup.path);
    expect(closed.statusCode).toBe(200);
    expect(closed.body).not.toContain('name="answer"');
    const late = await postForm(setup.path, formOf({ answer: 'accepted', csrf: formTokenOf(page) }));
    expect(late.statusCode).toBe(409);
    expect((await state(setup)).response).toBe('awaiting');
  });

  it('offers the interview as a calendar file in the organisation’s zone: the emailed invitation’s event, to import, not to answer', async () => {
    const setup = await invitation({ language: 'en' });
    expect((await view(setup.path)).body).toContain(`href="${setup.path}/interview.ics">Add to my calendar</a>`);

    const file = await view(`${setup.path}/interview.ics`);
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(file.headers['content-disposition']).toBe('attachment; filename="interview.ics"');
    expect(file.headers['cache-control']).toBe('no-store');
    const text = file.body.replace(/\r\n /g, '');
    expect(text).toContain(`UID:interview-${setup.interviewId}@samtale`);
    expect(text).toContain('DTSTART;TZID=Europe/Copenhagen:20260310T100000');
    expect(text).toContain('DTEND;TZID=Europe/Copenhagen:20260310T104500');
    expect(text).toContain('SUMMARY:In-person interview – Nordhavn Byg A/S');
    expect(text).toContain('LOCATION:Havnegade 1');
    expect(text).toContain(`Change your answer: http://localhost:3000${setup.path}`);
    expect(text).not.toMatch(/^(METHOD|ATTENDEE|ORGANIZER)/m);

    await test.app.inject({ method: 'POST', url: `/api/interviews/${setup.interviewId}/cancel`, headers: { cookie: setup.cookie }, payload: {} });
    expect((await view(`${setup.path}/interview.ics`)).statusCode).toBe(404);
  });

  it('answers an unknown, malformed, expired or cancelled link with the same neutral page', async () => {
    const setup = await invitation();
    const unknown = await view(`/i/${'A'.repeat(43)}`);
    const malformed = await view('/i/not-a-token');
    expect(unknown.statusCode).toBe(404);
    expect(malformed.statusCode).toBe(404);
    expect(malformed.body).toBe(unknown.body);

    await test.app.inject({ method: 'POST', url: `/api/interviews/${setup.interviewId}/cancel`, headers: { cookie: setup.cookie }, payload: {} });
    const cancelled = await view(setup.path);
    expect(cancelled.statusCode).toBe(404);
    expect(cancelled.body).toBe(unknown.body);
  });

  it('stops working 30 days after the interview', async () => {
    const setup = await invitation();
    test.clock.set('2026-04-09T08:59:59Z');
    expect((await view(setup.path)).statusCode).toBe(200);
    test.clock.set('2026-04-09T09:00:00Z');
    expect((await view(setup.path)).statusCode).toBe(404);
  });

  it('refuses a form that does not come from the page, changing nothing', async () => {
    const setup = await invitation();
    const forged = await postForm(setup.path, 'answer=declined&csrf=forged');
    expect(forged.statusCode).toBe(303);
    expect(forged.headers.location).toBe(setup.path);
    expect((await state(setup)).response).toBe('awaiting');
  });

  it('answers a NUL byte in the link with the same neutral page', async () => {
    const unknown = await view(`/i/${'A'.repeat(43)}`);
    for (const path of ['/i/%00', `/i/${'A'.repeat(42)}%00`]) {
      const shown = await view(path);
      expect(shown.statusCode).toBe(404);
      expect(shown.body).toBe(unknown.body);
      const posted = await postForm(path, 'answer=accepted&csrf=x');
      expect(posted.statusCode).toBe(404);
      expect(posted.body).toBe(unknown.body);
    }
  });

  it('records a new-time message holding NUL and other control characters, keeping its line breaks', async () => {
    const setup = await invitation();
    const csrf = formTokenOf((await view(setup.path)).body);
    const response = await postForm(setup.path, `answer=new_time_requested&csrf=${csrf}&message=Kun%00 efter%07 kl.%1B 14%0D%0A%09Tak%7F`);
    expect(response.statusCode).toBe(200);
    const after = await state(setup);
    expect(after.response).toBe('new_time_requested');
    const answered = after.history.find((event) => event.action === 'invitation.answered');
    expect(answered?.after).toMatchObject({ message: 'Kun efter kl. 14\r\n\tTak' });
  });

  it('keeps the first thousand characters of a longer message, never half an emoji', async () => {
    const setup = await invitation();
    await answer(setup.path, { answer: 'new_time_requested', message: `${'a'.repeat(999)}😀😀` });
    const answered = (await state(setup)).history.find((event) => event.action === 'invitation.answered');
    expect(answered?.after).toMatchObject({ message: `${'a'.repeat(999)}😀` });
  });

  it('records an answer whose fields carry NUL bytes', async () => {
    const setup = await invitation();
    const csrf = formTokenOf((await view(setup.path)).body);
    const response = await postForm(setup.path, `answer=accepted%00&csrf=${csrf}%00`);
    expect(response.statusCode).toBe(200);
    expect((await state(setup)).response).toBe('accepted');
  });
});

describe(`the candidate's page's rate limits on ${TEST_ENGINE}`, () => {
  const otherLink = (i: number) => `/i/${String(i).padStart(43, 'B')}`;
  // A form that does not come from the page: it changes nothing, but it counts.
  const forgedAnswer = (path: string) => postForm(path, 'answer=declined&csrf=forged');

  it('limits page views per link, and shows the page again a minute later', async () => {
    const setup = await invitation();
    const statuses: number[] = [];
    for (let i = 0; i < LIMITS.link.views; i++) statuses.push((await view(setup.path)).statusCode);
    expect(statuses.every((status) => status === 200)).toBe(true);
    const refused = await view(setup.path);
    expect(refused.statusCode).toBe(429);
    expect(refused.body).toContain('<html lang="da"');

    test.clock.advance(59_999);
    expect((await view(setup.path)).statusCode).toBe(429);
    test.clock.advance(1);
    expect((await view(setup.path)).statusCode).toBe(200);
  });

  it('limits page views per client address, whichever links it tries, until a minute has passed', async () => {
    const setup = await invitation();
    const statuses: number[] = [];
    for (let i = 0; i < LIMITS.link.views; i++) statuses.push((await view(setup.path)).statusCode);
    for (let i = LIMITS.link.views; i < LIMITS.address.views; i++) statuses.push((await view(otherLink(i))).statusCode);
    expect(statuses.filter((status) => status === 429)).toEqual([]);
    expect((await view(otherLink(0))).statusCode).toBe(429);

    test.clock.advance(60_000);
    expect((await view(otherLink(0))).statusCode).toBe(404);
  });

  it('lets a candidate answer from the page after viewing it as often as the link allows', async () => {
    const setup = await invitation();
    let page = '';
    for (let i = 0; i < LIMITS.link.views; i++) page = (await view(setup.path)).body;
    expect((await view(setup.path)).statusCode).toBe(429);

    const response = await postForm(setup.path, formOf({ answer: 'accepted', csrf: formTokenOf(page) }));
    expect(response.statusCode).toBe(200);
    expect((await state(setup)).response).toBe('accepted');
  });

  it('lets a candidate answer from an address that has just viewed as many pages as it may', async () => {
    const setup = await invitation();
    for (let i = 1; i < LIMITS.address.views; i++) expect((await view(otherLink(i))).statusCode).toBe(404);
    const page = await view(setup.path);
    expect(page.statusCode).toBe(200);

    const response = await postForm(setup.path, formOf({ answer: 'declined', csrf: formTokenOf(page.body) }));
    expect(response.statusCode).toBe(200);
    expect((await state(setup)).response).toBe('declined');
  });

  it('refuses answers to one link beyond its limit within a minute, and takes them again a minute later', async () => {
    const setup = await invitation();
    const csrf = formTokenOf((await view(setup.path)).body);
    for (let i = 0; i < LIMITS.link.answers; i++) expect((await forgedAnswer(setup.path)).statusCode).toBe(303);
    const refused = await postForm(setup.path, formOf({ answer: 'accepted', csrf }));
    expect(refused.statusCode).toBe(429);
    expect(refused.body).toContain('<html lang="da"');
    expect((await state(setup)).response).toBe('awaiting');

    test.clock.advance(60_000);
    expect((await postForm(setup.path, formOf({ answer: 'accepted', csrf }))).statusCode).toBe(200);
    expect((await state(setup)).response).toBe('accepted');
  });

  it('refuses answers from one client address beyond its limit within a minute, whichever links they go to', async () => {
    for (let i = 0; i < LIMITS.address.answers; i++) expect((await forgedAnswer(otherLink(i))).statusCode).toBe(404);
    expect((await forgedAnswer(otherLink(0))).statusCode).toBe(429);
    expect((await view(otherLink(0))).statusCode).toBe(404);

    test.clock.advance(60_000);
    expect((await forgedAnswer(otherLink(0))).statusCode).toBe(404);
  });
});
