import { dateTimeFormat } from './intl-cache.js';
import { TEXTS } from './i18n.js';
import type { Slot } from './interview-schedule.js';
import { formatInterviewTime, formatMoment } from './interview-formatting.js';
import { invitationValues, type InvitationValuesInput } from './invitation-values.js';
import { localTime } from './local-time.js';
import type { TemplateValues } from './template.js';

export interface BookingInvitationValuesInput extends Omit<InvitationValuesInput, 'interview'> {
  offer: Omit<InvitationValuesInput['interview'], 'startsAt' | 'endsAt'> & { slots: Slot[]; deadline: Date };
}

/**
 * The values of an invitation to book a time: those of an interview invitation, but the date is the offered
 * days ("torsdag 10.–fredag 11. december 2026"), the time the span of the day the slots cover, in the
 * organisation's zone ("09.00–15.30 CET"), and `{bookingdeadline}` the moment booking closes.
 */
export function bookingInvitationValues(input: BookingInvitationValuesInput): TemplateValues {
  const { offer, timeZone, language } = input;
  const byStart = [...offer.slots].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  const first = byStart[0];
  const last = byStart.at(-1);
  if (!first || !last) throw new RangeError('An offer has at least one slot');
  const values = invitationValues({ ...input, interview: { ...offer, startsAt: first.startsAt, endsAt: first.endsAt } });
  const days = dateTimeFormat(TEXTS[language].locale, { dateStyle: 'full', timeZone }).formatRange(first.startsAt, last.startsAt);
  // The earliest start and latest end on the clock, whichever days they fall on.
  const earliest = byStart.reduce((a, b) => (localTime(b.startsAt, timeZone) < localTime(a.startsAt, timeZone) ? b : a));
  const latest = byStart.reduce((a, b) => (localTime(b.endsAt, timeZone) > localTime(a.endsAt, timeZone) ? b : a));
  return {
    ...values,
    interviewdate: days,
    interviewtime: formatInterviewTime(earliest.startsAt, latest.endsAt, timeZone, language),
    bookingdeadline: formatMoment(offer.deadline, timeZone, language),
  };
}
