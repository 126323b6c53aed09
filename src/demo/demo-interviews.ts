import { DateTime } from 'luxon';
import type { Context } from '../context.js';
import type { ApplicationStatus } from '../domain/application-status.js';
import { DEFAULT_INVITATION_TEMPLATES } from '../domain/invitation-templates.js';
import type { Organisation } from '../domain/organisation.js';
import { DEFAULT_REMINDER_EMAIL_TEMPLATES, DEFAULT_REMINDER_SMS_TEMPLATES } from '../domain/reminder-templates.js';
import type { User } from '../domain/user.js';
import { sendInvitations } from '../use-cases/invite-to-interview/send.js';
import { recordAnswer } from '../use-cases/record-answer.js';
import type { ProjectKey, RecruiterKey } from './demo-data.js';

export interface DemoOrganisation {
  organisation: Organisation;
  recruiters: Map<RecruiterKey, User>;
  projects: Map<ProjectKey, string>;
  applications: { id: string; project: ProjectKey; firstName: string; status: ApplicationStatus }[];
}

/** The local date of the `count`th working day after today, so the demo's interviews are always ahead. */
function workingDaysAhead(now: Date, timeZone: string, count: number): string {
  let day = DateTime.fromJSDate(now, { zone: timeZone }).startOf('day');
  for (let left = count; left > 0; ) {
    day = day.plus({ days: 1 });
    if (day.weekday <= 5) left -= 1;
  }
  return day.toISODate()!;
}

/**
 * Gives the demo something to look at: interviews in the calendar, emails in the development mailbox, a reminder
 * waiting and an answer given, all made through the same use cases a recruiter uses.
 */
export async function scheduleDemoInterviews(ctx: Context, publicUrl: URL, demo: DemoOrganisation): Promise<void> {
  const anna = demo.recruiters.get('anna')!;
  const bo = demo.recruiters.get('bo')!;
  const session = { user: anna, organisation: demo.organisation };
  const inReview = (project: ProjectKey) => demo.applications.filter((a) => a.project === project && a.status === 'in_review').map((a) => a.id);
  const now = ctx.clock.now();
  const zone = demo.organisation.timeZone;

  const individual = await sendInvitations(ctx, publicUrl, session, demo.projects.get('pm')!, {
    applicationIds: inReview('pm').slice(0, 3),
    interview: {
      type: 'in_person',
      recruiterIds: [anna.id, bo.id],
      date: workingDaysAhead(now, zone, 3),
      time: '10:00',
      durationMinutes: 45,
      breakMinutes: 15,
      location: 'Nordhavn Byg, Sundkrogsgade 21, 2150 Nordhavn',
    },
    email: { action: 'send_email', variants: DEFAULT_INVITATION_TEMPLATES },
    reminder: { channel: 'sms_email', daysBefore: 1, email: { variants: DEFAULT_REMINDER_EMAIL_TEMPLATES }, sms: { variants: DEFAULT_REMINDER_SMS_TEMPLATES } },
    acknowledgeWarnings: true,
  });
  await sendInvitations(ctx, publicUrl, session, demo.projects.get('bookkeeper')!, {
    applicationIds: inReview('bookkeeper').slice(0, 3),
    interview: {
      type: 'video',
      recruiterIds: [bo.id],
      date: workingDaysAhead(now, zone, 5),
      time: '13:30',
      durationMinutes: 45,
      breakMinutes: 15,
      meetingUrl: 'https://meet.example/nordhavn-bogholder',
    },
    email: { action: 'send_email', variants: DEFAULT_INVITATION_TEMPLATES },
    reminder: { channel: 'email', daysBefore: 2, email: { variants: DEFAULT_REMINDER_EMAIL_TEMPLATES } },
  });
  const first = individual.invitations[0];
  if (first) {
    await recordAnswer(ctx, { organisationId: demo.organisation.id, invitationId: first.id, answer: 'accepted', actor: { type: 'system', id: null }, publicUrl });
  }
}
