import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { inviteApplicants, recruitingProject, type InvitedApplicant, type RecruitingProject } from '../../test/support/invited-applicant.js';
import { createTestApp, type TestApp } from '../../test/support/test-app.js';
import { TEST_ENGINE } from '../../test/support/test-database.js';
import type { Context } from '../context.js';
import { openDatabase, type DatabaseHandle } from '../db/database.js';
import type { Answer } from '../domain/response-status.js';
import { AppError } from '../errors.js';
import { cancelInterview } from './cancel-interview.js';
import { changeInterview } from './change-interview.js';
import { recordAnswer } from './record-answer.js';

/**
 * Two people changing one interview at the same moment. On PostgreSQL each side runs on its own database handle,
 * so the two transactions really overlap; on SQLite they run one after the other, which must give the same
 * results. Either way the end must be that of one order or the other, with the audit trail telling that order.
 */
let test: TestApp;
let secondHandle: DatabaseHandle | null;
/** The candidate's side; the recruiter's side runs on `test.ctx`. */
let candidateSide: Context;
let project: RecruitingProject;

beforeEach(async () => {
  test = await createTestApp();
  test.clock.set('2026-03-02T08:00:00Z');
  secondHandle = test.database.url ? openDatabase({ engine: 'postgres', connectionString: test.database.url }) : null;
  candidateSide = { ...test.ctx, db: secondHandle?.db ?? test.ctx.db };
  project = await recruitingProject(test);
});
afterEach(async () => {
  await secondHandle?.close();
  await test.close();
});

/**
 * Each race is run this many times, each on an interview of its own: one overlap may happen to fall in order. On
 * SQLite two rounds start each side first once; there is no overlap to wait for.
 */
const ROUNDS = TEST_ENGINE === 'postgres' ? 12 : 2;
/** The reminder of an interview on 10 March at 10:00 (Copenhagen), and of that interview moved to 12 March. */
const REMINDER_DUE = '2026-03-09T08:00:00.000Z';
const MOVED_REMINDER_DUE = '2026-03-11T08:00:00.000Z';

async function invitedWithReminder(): Promise<InvitedApplicant> {
  const [invited] = await inviteApplicants(test, project, {
    reminder: { channel: 'email', daysBefore: 1, email: { variants: { da: { subject: 'Husk', body: 'Hej {firstname}', signature: '' } } } },
  });
  return invited!;
}

type Outcome = 'done' | 'refused';

/** Whether a use case went through or was refused as a conflict; anything else fails the test. */
function outcome(work: Promise<unknown>): Promise<Outcome> {
  return work.then(
    () => 'done',
    (error: unknown) => {
      if (error instanceof AppError && error.code === 'conflict') return 'refused';
      throw error;
    },
  );
}

const answer = (invited: InvitedApplicant, given: Answer) =>
  outcome(
    recordAnswer(candidateSide, {
      organisationId: project.organisation.id,
      invitationId: invited.invitationId,
      answer: given,
      actor: { type: 'candidate', id: invited.candidate.id },
      publicUrl: test.config.publicUrl,
    }),
  );
const session = () => ({ user: project.recruiter, organisation: project.organisation });
const move = (invited: InvitedApplicant) => outcome(changeInterview(test.ctx, test.config.publicUrl, session(), invited.interviewId, { date: '2026-03-12' }));
const cancel = (invited: InvitedApplicant) => outcome(cancelInterview(test.ctx, test.config.publicUrl, session(), invited.interviewId, null));

/**
 * Where an invitation ended up: its answer, its interview's status, its reminders, the messages of the interview
 * other than reminders (by kind), and the events on the candidate's application, each with the answer before and
 * after. Events and messages are sorted: they carry the same instant, so the order they were written in is not kept.
 */
async function endState(invited: InvitedApplicant) {
  const db = test.ctx.db;
  const invitation = await db.selectFrom('invitations').select('response_status').where('id', '=', invited.invitationId).executeTakeFirstOrThrow();
  const interview = await db.selectFrom('interviews').select('status').where('id', '=', invited.interviewId).executeTakeFirstOrThrow();
  const messages = await db.selectFrom('messages').select(['kind', 'status', 'next_attempt_at']).where('interview_id', '=', invited.interviewId).execute();
  const events = await db
    .selectFrom('audit_events')
    .select(['action', 'before_json', 'after_json'])
    .where('subject_type', '=', 'application')
    .where('subject_id', '=', invited.applicationId)
    .execute();
  const answerIn = (json: string | null) => (json ? ((JSON.parse(json) as { responseStatus?: string }).responseStatus ?? '') : '');
  return {
    responseStatus: invitation.response_status,
    interview: interview.status,
    reminders: messages.filter((m) => m.kind === 'reminder').map((m) => ({ status: m.status, dueAt: m.next_attempt_at })),
    messages: messages.filter((m) => m.kind !== 'reminder').map((m) => m.kind).sort(),
    events: events.map((e) => `${e.action} ${answerIn(e.before_json)}→${answerIn(e.after_json)}`).sort(),
  };
}

type EndState = Awaited<ReturnType<typeof endState>>;

/**
 * Runs the race round after round, each side started first in every other round, and checks that each round ends
 * as one of the orders allows. The outcomes are the sides', in the order given.
 */
async function race(
  prepare: (invited: InvitedApplicant) => Promise<unknown>,
  sides: (invited: InvitedApplicant) => [() => Promise<Outcome>, () => Promise<Outcome>],
  orders: { outcomes: Outcome[]; state: EndState }[],
): Promise<void> {
  for (let round = 0; round < ROUNDS; round++) {
    const invited = await invitedWithReminder();
    await prepare(invited);
    const [one, other] = sides(invited);
    const outcomes = round % 2 === 0 ? await Promise.all([one(), other()]) : (await Promise.all([other(), one()])).reverse();
    expect(orders, `round ${round + 1}`).toContainEqual({ outcomes, state: await endState(invited) });
  }
}

const nothing = async () => {};
/** The event that sending the invitation wrote on the application. */
const INVITED = 'application.invited_to_interview →';

describe(`the same candidate answering twice at once on ${TEST_ENGINE}`, () => {
  it('ends with one answer after the other, each in the audit trail, and the reminder that the last one wants', async () => {
    await race(nothing, (invited) => [() => answer(invited, 'accepted'), () => answer(invited, 'declined')], [
      {
        outcomes: ['done', 'done'],
        state: {
          responseStatus: 'declined',
          interview: 'scheduled',
          reminders: [{ status: 'cancelled', dueAt: REMINDER_DUE }],
          messages: ['answer_notice', 'answer_notice', 'recruiter_calendar'],
          events: [INVITED, 'invitation.answered accepted→declined', 'invitation.answered awaiting→accepted', 'reminders.cancelled →'],
        },
      },
      {
        outcomes: ['done', 'done'],
        state: {
          responseStatus: 'accepted',
          interview: 'scheduled',
          reminders: [{ status: 'queued', dueAt: REMINDER_DUE }],
          messages: ['answer_notice', 'answer_notice', 'recruiter_calendar'],
          events: [INVITED, 'invitation.answered awaiting→declined', 'invitation.answered declined→accepted', 'reminders.cancelled →', 'reminders.restored →'],
        },
      },
    ]);
  });

  it('records the same answer given twice at once only once, and tells the recruiter once', async () => {
    await race(nothing, (invited) => [() => answer(invited, 'declined'), () => answer(invited, 'declined')], [
      {
        outcomes: ['done', 'done'],
        state: {
          responseStatus: 'declined',
          interview: 'scheduled',
          reminders: [{ status: 'cancelled', dueAt: REMINDER_DUE }],
          messages: ['answer_notice', 'recruiter_calendar'],
          events: [INVITED, 'invitation.answered awaiting→declined', 'reminders.cancelled →'],
        },
      },
    ]);
  });
});

describe(`a recruiter moving the interview while the candidate answers on ${TEST_ENGINE}`, () => {
  it('either moves a declined invitation, asking again with the reminder back, or takes the decline of the moved one', async () => {
    await race(nothing, (invited) => [() => move(invited), () => answer(invited, 'declined')], [
      {
        outcomes: ['done', 'done'],
        state: {
          responseStatus: 'awaiting',
          interview: 'scheduled',
          reminders: [{ status: 'queued', dueAt: MOVED_REMINDER_DUE }],
          messages: ['answer_notice', 'interview_invitation', 'recruiter_calendar', 'recruiter_calendar'],
          events: [INVITED, 'invitation.answered awaiting→declined', 'invitation.reset_by_change declined→awaiting', 'reminders.cancelled →'],
        },
      },
      {
        outcomes: ['done', 'done'],
        state: {
          responseStatus: 'declined',
          interview: 'scheduled',
          reminders: [{ status: 'cancelled', dueAt: MOVED_REMINDER_DUE }],
          messages: ['answer_notice', 'interview_invitation', 'recruiter_calendar', 'recruiter_calendar'],
          events: [INVITED, 'invitation.answered awaiting→declined', 'invitation.reset_by_change awaiting→awaiting', 'reminders.cancelled →'],
        },
      },
    ]);
  });

  it('keeps the reminder, timed for the new start, of a candidate who accepts after a decline while the interview moves', async () => {
    const declinedFirst = [INVITED, 'invitation.answered awaiting→declined', 'reminders.cancelled →'];
    await race((invited) => answer(invited, 'declined'), (invited) => [() => move(invited), () => answer(invited, 'accepted')], [
      {
        outcomes: ['done', 'done'],
        state: {
          responseStatus: 'awaiting',
          interview: 'scheduled',
          reminders: [{ status: 'queued', dueAt: MOVED_REMINDER_DUE }],
          messages: ['answer_notice', 'answer_notice', 'interview_invitation', 'recruiter_calendar', 'recruiter_calendar'],
          events: [...declinedFirst, 'invitation.answered declined→accepted', 'invitation.reset_by_change accepted→awaiting', 'reminders.restored →'].sort(),
        },
      },
      {
        outcomes: ['done', 'done'],
        state: {
          responseStatus: 'accepted',
          interview: 'scheduled',
          reminders: [{ status: 'queued', dueAt: MOVED_REMINDER_DUE }],
          messages: ['answer_notice', 'answer_notice', 'interview_invitation', 'recruiter_calendar', 'recruiter_calendar'],
          events: [...declinedFirst, 'invitation.answered awaiting→accepted', 'invitation.reset_by_change declined→awaiting'].sort(),
        },
      },
    ]);
  });
});

describe(`the candidate declining while the interview is cancelled on ${TEST_ENGINE}`, () => {
  it('either cancels the declined invitation or refuses the decline of a cancelled one, and leaves no reminder queued', async () => {
    await race(nothing, (invited) => [() => cancel(invited), () => answer(invited, 'declined')], [
      {
        outcomes: ['done', 'done'],
        state: {
          responseStatus: 'cancelled',
          interview: 'cancelled',
          reminders: [{ status: 'cancelled', dueAt: REMINDER_DUE }],
          messages: ['answer_notice', 'interview_cancellation', 'recruiter_calendar', 'recruiter_calendar'],
          events: [INVITED, 'invitation.answered awaiting→declined', 'invitation.cancelled declined→cancelled', 'reminders.cancelled →'],
        },
      },
      {
        outcomes: ['done', 'refused'],
        state: {
          responseStatus: 'cancelled',
          interview: 'cancelled',
          reminders: [{ status: 'cancelled', dueAt: REMINDER_DUE }],
          messages: ['interview_cancellation', 'recruiter_calendar', 'recruiter_calendar'],
          events: [INVITED, 'invitation.cancelled awaiting→cancelled'],
        },
      },
    ]);
  });
});
