import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../db/database.js';
import { createTestApp, logInAs, type TestApp } from '../../test/support/test-app.js';
import { TEST_ENGINE } from '../../test/support/test-database.js';
import { seedDemoData } from './seed-demo.js';

let test: TestApp;
beforeEach(async () => {
  test = await createTestApp();
});
afterEach(() => test.close());

describe(`demo data on ${TEST_ENGINE}`, () => {
  it('creates a Danish company with three projects and about forty applicants in four languages', async () => {
    expect(await seedDemoData(test.ctx, 'samtale-demo', test.config.publicUrl)).toBe(true);
    const db = test.ctx.db;
    const [organisations, projects, candidates, applications] = await Promise.all([
      db.selectFrom('organisations').selectAll().execute(),
      db.selectFrom('projects').selectAll().execute(),
      db.selectFrom('candidates').selectAll().execute(),
      db.selectFrom('applications').selectAll().execute(),
    ]);
    expect(organisations).toHaveLength(1);
    expect(organisations[0]).toMatchObject({ time_zone: 'Europe/Copenhagen', default_language: 'da' });
    expect(projects).toHaveLength(3);
    expect(candidates.length).toBeGreaterThanOrEqual(35);
    expect(applications).toHaveLength(candidates.length);
    expect(new Set(candidates.map((c) => c.language))).toEqual(new Set(['da', 'en', 'sv', 'nb']));
    expect(candidates.filter((c) => c.mobile === null).length).toBeGreaterThan(0);
    expect(candidates.filter((c) => c.mobile !== null).every((c) => /^\+\d{8,15}$/.test(c.mobile!))).toBe(true);
  });

  it('puts interviews in the calendar, emails in the outbox, reminders ahead and one answer given', async () => {
    await seedDemoData(test.ctx, 'samtale-demo', test.config.publicUrl);
    const db = test.ctx.db;
    const interviews = await db.selectFrom('interviews').select(['type', 'starts_at']).execute();
    expect(interviews.map((i) => i.type).sort()).toEqual(['in_person', 'in_person', 'in_person', 'video', 'video', 'video']);
    expect(interviews.every((i) => new Date(i.starts_at) > test.clock.now())).toBe(true);
    const statuses = (await db.selectFrom('invitations').select('response_status').execute()).map((i) => i.response_status);
    expect(statuses.filter((status) => status === 'accepted')).toHaveLength(1);
    const kinds = new Set((await db.selectFrom('messages').select('kind').execute()).map((m) => m.kind));
    expect(kinds).toEqual(new Set(['interview_invitation', 'recruiter_calendar', 'reminder']));
  });

  it('lets anna, bo and carl log in with the demo password, with their roles and SMS access', async () => {
    await seedDemoData(test.ctx, 'another-password', test.config.publicUrl);
    const me = async (email: string) =>
      (await test.app.inject({ url: '/api/me', headers: { cookie: await logInAs(test.app, email, 'another-password') } })).json();
    expect(await me('anna@demo.example')).toMatchObject({ role: 'admin', smsAccess: true });
    expect(await me('bo@demo.example')).toMatchObject({ role: 'recruiter', smsAccess: true });
    expect(await me('carl@demo.example')).toMatchObject({ role: 'recruiter', smsAccess: false });

    const cookie = await logInAs(test.app, 'anna@demo.example', 'another-password');
    const projects = (await test.app.inject({ url: '/api/projects', headers: { cookie } })).json().items;
    expect(projects).toHaveLength(3);
  });

  it('changes nothing in a database that already has an organisation', async () => {
    await seedDemoData(test.ctx, 'samtale-demo', test.config.publicUrl);
    expect(await seedDemoData(test.ctx, 'samtale-demo', test.config.publicUrl)).toBe(false);
    expect(await test.ctx.db.selectFrom('organisations').selectAll().execute()).toHaveLength(1);
  });

  it.skipIf(TEST_ENGINE !== 'postgres')('seeds once when two processes start together on one PostgreSQL', async () => {
    const other = openDatabase({ engine: 'postgres', connectionString: test.database.url! });
    try {
      const results = await Promise.all([
        seedDemoData(test.ctx, 'samtale-demo', test.config.publicUrl),
        seedDemoData({ ...test.ctx, db: other.db }, 'samtale-demo', test.config.publicUrl),
      ]);
      expect(results.filter(Boolean)).toHaveLength(1);
      expect(await test.ctx.db.selectFrom('organisations').selectAll().execute()).toHaveLength(1);
    } finally {
      await other.close();
    }
  });
});
