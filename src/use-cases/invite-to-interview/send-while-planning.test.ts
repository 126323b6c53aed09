import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApplication } from '../../../test/support/factories.js';
import { recruitingProject, type RecruitingProject } from '../../../test/support/invited-applicant.js';
import { createTestApp, type TestApp } from '../../../test/support/test-app.js';
import type { Context } from '../../context.js';
import type { Db } from '../../db/database.js';
import { setApplicationStatus } from '../../db/repositories/applications.js';
import { updateProject } from '../../db/repositories/projects.js';
import { setUserDeactivated } from '../../db/repositories/users.js';
import type { ApplicationStatus } from '../../domain/application-status.js';
import { AppError } from '../../errors.js';
import type { Session } from '../authenticate.js';
import { DEFAULT_BOOKING_INVITATION_TEMPLATES } from '../../domain/booking-invitation-templates.js';
import { offerTimes } from '../offer-times/send.js';
import { sendInvitations } from './send.js';

/**
 * A bulk invitation is planned and rendered before its transaction opens, so others may change what it was planned
 * on in between. Each test makes its change at that very moment, as the transaction is about to begin.
 */
let test: TestApp;
let project: RecruitingProject;
let session: Session;
beforeEach(async () => {
  test = await createTestApp();
  test.clock.set('2026-03-02T08:00:00Z');
  project = await recruitingProject(test);
  session = { user: project.recruiter, organisation: project.organisation };
});
afterEach(() => test.close());

/** A context whose database runs `meanwhile` (on the real database) just before the send's transaction begins. */
function changedBeforeWriting(meanwhile: (db: Db) => Promise<void>): Context {
  const db = test.ctx.db;
  const racing = new Proxy(db, {
    get(target, property) {
      // Bound to the real instance: Kysely keeps its state in private fields, which a proxy cannot reach.
      const value = Reflect.get(target, property, target) as unknown;
      if (property !== 'transaction') return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
      return () => {
        const builder = target.transaction();
        return { execute: async (work: Parameters<typeof builder.execute>[0]) => (await meanwhile(db), builder.execute(work)) };
      };
    },
  });
  return { ...test.ctx, db: racing };
}

async function applicants(count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let i = 0; i < count; i++) ids.push((await createApplication(test.ctx.db, project.organisation.id, project.projectId)).applicationId);
  return ids;
}

function send(ctx: Context, applicationIds: string[]) {
  return sendInvitations(ctx, new URL('https://samtale.example'), session, project.projectId, {
    applicationIds,
    interview: { type: 'phone', recruiterIds: [project.recruiter.id], date: '2026-03-10', time: '10:00', durationMinutes: 15 },
    email: { action: 'no_email' },
  });
}

async function statuses(ids: string[]): Promise<ApplicationStatus[]> {
  const rows = await test.ctx.db.selectFrom('applications').select(['id', 'status']).where('id', 'in', ids).execute();
  return ids.map((id) => rows.find((row) => row.id === id)!.status);
}

const invitationCount = async () => (await test.ctx.db.selectFrom('invitations').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;

async function refusal(work: Promise<unknown>): Promise<AppError> {
  const error = await work.then(() => null, (thrown: unknown) => thrown);
  if (!(error instanceof AppError)) throw new Error(`expected a refusal, got ${String(error)}`);
  return error;
}

describe('sending an invitation while others change what it was planned on', () => {
  it('invites as planned when nothing changed', async () => {
    const ids = await applicants(3);
    const result = await send(changedBeforeWriting(async () => {}), ids);
    expect(result.invitations.map((invitation) => invitation.applicationId)).toEqual(ids);
    expect(await statuses(ids)).toEqual(['invited_to_interview', 'invited_to_interview', 'invited_to_interview']);
  });

  it('refuses the whole round, writing nothing, when an applicant withdrew meanwhile', async () => {
    const ids = await applicants(3);
    const ctx = changedBeforeWriting((db) => setApplicationStatus(db, project.organisation.id, [ids[1]!], 'withdrawn', test.clock.now()));
    const error = await refusal(send(ctx, ids));
    expect(error.code).toBe('validation_failed');
    expect(error.message).toMatch(/withdrawn/);
    expect(await invitationCount()).toBe(0);
    expect(await statuses(ids)).toEqual(['received', 'withdrawn', 'received']);
  });

  it('refuses when the project was closed meanwhile', async () => {
    const ids = await applicants(2);
    const ctx = changedBeforeWriting((db) => updateProject(db, project.organisation.id, project.projectId, { status: 'closed' }));
    expect((await refusal(send(ctx, ids))).message).toMatch(/closed/);
    expect(await invitationCount()).toBe(0);
  });

  it('refuses when a participating recruiter was deactivated meanwhile', async () => {
    const ids = await applicants(2);
    const ctx = changedBeforeWriting((db) => setUserDeactivated(db, project.organisation.id, project.recruiter.id, test.clock.now()));
    expect((await refusal(send(ctx, ids))).message).toMatch(/deactivated/);
    expect(await invitationCount()).toBe(0);
  });

  it('records the status an application had when it was written, when another recruiter changed it meanwhile', async () => {
    const ids = await applicants(2);
    const ctx = changedBeforeWriting((db) => setApplicationStatus(db, project.organisation.id, [ids[0]!], 'interviewed', test.clock.now()));
    await send(ctx, ids);
    const events = await test.ctx.db
      .selectFrom('audit_events')
      .select(['subject_id', 'before_json'])
      .where('action', '=', 'application.invited_to_interview')
      .execute();
    const before = (id: string) => JSON.parse(events.find((event) => event.subject_id === id)!.before_json!) as { status: string };
    expect(before(ids[0]!).status).toBe('interviewed');
    expect(before(ids[1]!).status).toBe('received');
  });

  it('refuses an offer of times, writing nothing, when an applicant withdrew meanwhile', async () => {
    const ids = await applicants(2);
    const ctx = changedBeforeWriting((db) => setApplicationStatus(db, project.organisation.id, [ids[0]!], 'withdrawn', test.clock.now()));
    const offering = offerTimes(ctx, new URL('https://samtale.example'), session, project.projectId, {
      applicationIds: ids,
      offer: { type: 'phone', recruiterIds: [project.recruiter.id], durationMinutes: 15, windows: [{ date: '2026-03-10', from: '10:00', to: '11:00' }] },
      email: { action: 'send_email', variants: DEFAULT_BOOKING_INVITATION_TEMPLATES },
    });
    expect((await refusal(offering)).message).toMatch(/withdrawn/);
    expect(await test.ctx.db.selectFrom('booking_offers').select('id').execute()).toEqual([]);
  });
});
