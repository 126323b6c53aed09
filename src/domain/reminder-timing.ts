import { DateTime } from 'luxon';
import { dateTimeFormat } from './intl-cache.js';
import { isKnownTimeZone } from './local-time.js';

/** How many days before the interview a reminder may be sent: the source's choices, no others. */
export const REMINDER_DAYS_BEFORE = [1, 2, 3, 5, 7] as const;
export type ReminderDaysBefore = (typeof REMINDER_DAYS_BEFORE)[number];

/**
 * The source sends reminders "at about 09:00 CET". Read as the organisation's wall clock (Copenhagen's, so CEST in
 * summer): a candidate expects a morning message, not one an hour earlier half the year.
 */
export const REMINDER_LOCAL_TIME = '09:00';

export type ReminderPlan = { status: 'scheduled'; dueAt: Date } | { status: 'skipped_too_late' };

// Read once from the constant so that the time written in the docs and the time used cannot disagree.
const [REMINDER_HOUR, REMINDER_MINUTE] = REMINDER_LOCAL_TIME.split(':').map(Number) as [number, number];

/** Narrows a number read from a request or a database row to one of the offered day counts. */
export function isReminderDaysBefore(value: number): value is ReminderDaysBefore {
  return (REMINDER_DAYS_BEFORE as readonly number[]).includes(value);
}

/**
 * When the reminder for an interview is due: 09:00 on the clock of `timeZone`, on the calendar day `daysBefore` days
 * before the interview's local date. Days are calendar days, weekends included (the source: an interview on Monday
 * with 2 days gives Saturday 09:00), and are counted on the local calendar — an interview at 00:30 in Copenhagen is
 * on a later date than its UTC instant — in the zone's own arithmetic, so a day across a change of summer time is
 * 23 or 25 hours long rather than 24.
 *
 * Throws a RangeError for an invalid Date, an unknown zone or a day count not offered: programming errors, since
 * callers read all three from validated data.
 */
export function reminderDueAt(interviewStart: Date, daysBefore: ReminderDaysBefore, timeZone: string): Date {
  if (!isReminderDaysBefore(daysBefore)) {
    throw new RangeError(`A reminder is sent ${REMINDER_DAYS_BEFORE.join(', ')} days before, not ${String(daysBefore)}`);
  }
  const interview = DateTime.fromJSDate(interviewStart, { zone: timeZone });
  if (!interview.isValid || !isKnownTimeZone(timeZone)) {
    throw new RangeError(`Cannot place ${String(interviewStart)} on the calendar of time zone "${timeZone}"`);
  }
  const dueDay = interview.minus({ days: daysBefore });
  // Built from the date's parts rather than by setting the hour on `dueDay`, so nothing of the interview's time of
  // day or offset carries over to the reminder.
  const dueAt = DateTime.fromObject(
    { year: dueDay.year, month: dueDay.month, day: dueDay.day, hour: REMINDER_HOUR, minute: REMINDER_MINUTE },
    { zone: timeZone },
  );
  return dueAt.toJSDate();
}

/**
 * Whether a reminder is still to be sent when the interview is booked (or moved) at `now`. The source sends none
 * "if fewer days remain before the interview than the number configured"; read as: its 09:00 has already come. So
 * a Monday interview booked on Saturday at 10:00 gets no 2-day reminder, but one booked at 08:59 does.
 */
export function planReminder(
  interviewStart: Date,
  daysBefore: ReminderDaysBefore,
  timeZone: string,
  now: Date,
): ReminderPlan {
  const dueAt = reminderDueAt(interviewStart, daysBefore, timeZone);
  // An invalid `now` would compare false with everything and silently skip every reminder.
  if (Number.isNaN(now.getTime())) throw new RangeError('Cannot plan a reminder from an invalid "now"');
  return dueAt.getTime() > now.getTime() ? { status: 'scheduled', dueAt } : { status: 'skipped_too_late' };
}

/**
 * `planReminder` for many interviews in one zone, as of one moment: a bulk invitation's thousand back-to-back slots
 * fall on a day or two, and placing a day on the zone's calendar costs far more than telling which day an instant
 * is on. Each local day's due moment is worked out once.
 */
export function reminderPlanner(daysBefore: ReminderDaysBefore, timeZone: string, now: Date): (interviewStart: Date) => ReminderPlan {
  const localDay = dateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const plans = new Map<string, ReminderPlan>();
  return (interviewStart) => {
    const day = localDay.format(interviewStart);
    let plan = plans.get(day);
    if (!plan) {
      plan = planReminder(interviewStart, daysBefore, timeZone, now);
      plans.set(day, plan);
    }
    return plan;
  };
}
