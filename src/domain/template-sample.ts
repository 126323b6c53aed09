import { formatMoment } from './interview-formatting.js';
import { invitationValues } from './invitation-values.js';
import type { Language } from './languages.js';
import { localDate, localDateTimeToInstant } from './local-time.js';
import type { TemplateValues } from './template.js';

/** Someone plausible in each language, so an administrator reads the preview as the candidate would. */
const SAMPLE_CANDIDATES: Record<Language, { firstName: string; lastName: string; email: string; mobile: string; jobTitle: string; location: string }> = {
  da: { firstName: 'Mette', lastName: 'Sørensen', email: 'mette.sorensen@example.dk', mobile: '+4520123456', jobTitle: 'Projektleder', location: 'Hovedkontoret, 2. sal' },
  en: { firstName: 'Emma', lastName: 'Walker', email: 'emma.walker@example.com', mobile: '+447700900123', jobTitle: 'Project manager', location: 'Head office, 2nd floor' },
  sv: { firstName: 'Elsa', lastName: 'Lindqvist', email: 'elsa.lindqvist@example.se', mobile: '+46701234567', jobTitle: 'Projektledare', location: 'Huvudkontoret, plan 2' },
  nb: { firstName: 'Ingrid', lastName: 'Hansen', email: 'ingrid.hansen@example.no', mobile: '+4791234567', jobTitle: 'Prosjektleder', location: 'Hovedkontoret, 2. etasje' },
};

export interface TemplateSample {
  candidate: { name: string; email: string; mobile: string };
  values: TemplateValues;
}

/**
 * A sample candidate, job and interview for previewing a template: an interview in person a week from today at
 * 10:00 on the organisation's clock, with the administrator as sender and recruiter.
 */
export function templateSample(input: { organisationName: string; userName: string; language: Language; timeZone: string; now: Date; confirmLink: string }): TemplateSample {
  const sample = SAMPLE_CANDIDATES[input.language];
  const weekAhead = localDate(new Date(input.now.getTime() + 7 * 24 * 60 * 60 * 1000), input.timeZone);
  const start = localDateTimeToInstant(weekAhead, '10:00', input.timeZone);
  // 10:00 exists on every day in every zone (clocks change at night); the fallback only satisfies the type.
  const startsAt = start.ok ? start.instant : input.now;
  const durationMinutes = 45;
  return {
    candidate: { name: `${sample.firstName} ${sample.lastName}`, email: sample.email, mobile: sample.mobile },
    values: {
      ...invitationValues({
        candidate: sample,
        jobTitle: sample.jobTitle,
        companyName: input.organisationName,
        interview: { type: 'in_person', startsAt, endsAt: new Date(startsAt.getTime() + durationMinutes * 60_000), durationMinutes, location: sample.location, meetingUrl: null },
        recruiterNames: [input.userName],
        sender: input.userName,
        language: input.language,
        timeZone: input.timeZone,
        confirmLink: input.confirmLink,
      }),
      // As an invitation to book would have it: booking closes a day before.
      bookingdeadline: formatMoment(new Date(startsAt.getTime() - 24 * 60 * 60 * 1000), input.timeZone, input.language),
    },
  };
}
