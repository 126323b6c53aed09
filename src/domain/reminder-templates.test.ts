import { describe, expect, it } from 'vitest';
import type { InterviewType } from './interview.js';
import { invitationValues, type InvitationValuesInput } from './invitation-values.js';
import { SUPPORTED_LANGUAGES, type Language } from './languages.js';
import { DEFAULT_REMINDER_EMAIL_TEMPLATES, DEFAULT_REMINDER_SMS_TEMPLATES } from './reminder-templates.js';
import { plainSmsText, smsSegments } from './sms-segments.js';
import { containsConfirmLink, renderText, unknownVariables } from './template.js';

const emailTemplates = SUPPORTED_LANGUAGES.map((language) => [language, DEFAULT_REMINDER_EMAIL_TEMPLATES[language]] as const);
const smsTemplates = SUPPORTED_LANGUAGES.map((language) => [language, DEFAULT_REMINDER_SMS_TEMPLATES[language]] as const);

// Long but ordinary values: a 14-letter first name, a 20-letter company, the longest weekday and month names
// (Wednesday 30 September), and a link of the length Samtale makes (a 43-character token under a company domain).
function realisticValues(language: Language, type: InterviewType = 'in_person') {
  const input: InvitationValuesInput = {
    candidate: { firstName: 'Mette-Kathrine', lastName: 'Østergaard-Nielsen' },
    jobTitle: 'Projektleder, anlæg og infrastruktur',
    companyName: 'Nordhavn Byg Holding',
    interview: {
      type,
      startsAt: new Date('2026-09-30T07:00:00Z'),
      endsAt: new Date('2026-09-30T08:30:00Z'),
      durationMinutes: 90,
      location: 'Sundkrogsgade 21, 2150 Nordhavn',
      meetingUrl: 'https://teams.microsoft.com/l/meetup-join/19%3ameeting_abc',
    },
    recruiterNames: ['Anna Holm', 'Bo Lindqvist'],
    sender: 'Anna Holm',
    language,
    timeZone: 'Europe/Copenhagen',
    confirmLink: `https://samtale.nordhavnbyg.dk/i/${'x'.repeat(43)}`,
  };
  return invitationValues(input);
}

describe('DEFAULT_REMINDER_EMAIL_TEMPLATES', () => {
  it.each(emailTemplates)('uses only known variables in %s', (_language, template) => {
    expect(unknownVariables(template.subject)).toEqual([]);
    expect(unknownVariables(template.body)).toEqual([]);
    expect(unknownVariables(template.signature)).toEqual([]);
  });

  it.each(emailTemplates)('lets the candidate answer from the reminder itself in %s', (_language, template) => {
    expect(containsConfirmLink(template.body)).toBe(true);
    expect(containsConfirmLink(template.subject)).toBe(false);
  });

  it.each(emailTemplates)('says when, where and with whom the interview is in %s', (_language, template) => {
    for (const variable of ['interviewtype', 'interviewdate', 'interviewtime', 'duration', 'location', 'recruiters', 'jobtitle']) {
      expect(template.body).toContain(`{${variable}}`);
    }
    expect(template.subject).toContain('{companyname}');
    expect(template.subject).toContain('{interviewdate}');
  });

  it.each(emailTemplates)('greets the candidate first and leaves the sign-off to the signature in %s', (_language, template) => {
    expect(template.body.split('\n')[0]).toContain('{firstname}');
    expect(template.body).not.toContain('{sender}');
    expect(template.body).toBe(template.body.trim());
    expect(template.signature.split('\n').slice(-2)).toEqual(['{sender}', '{companyname}']);
  });
});

describe('DEFAULT_REMINDER_SMS_TEMPLATES', () => {
  it.each(smsTemplates)('uses only known variables in %s', (_language, template) => {
    expect(unknownVariables(template.text)).toEqual([]);
  });

  it.each(smsTemplates)('names the company, the date and the time and holds the link to answer in %s', (_language, template) => {
    for (const variable of ['firstname', 'companyname', 'interviewdate', 'interviewtime']) {
      expect(template.text).toContain(`{${variable}}`);
    }
    expect(containsConfirmLink(template.text)).toBe(true);
  });

  it.each(smsTemplates)('is written in GSM-7 characters only in %s', (_language, template) => {
    expect(smsSegments(template.text).encoding).toBe('GSM-7');
  });

  it.each(smsTemplates)('fits in two GSM-7 segments with long but ordinary values in %s', (language, template) => {
    const text = plainSmsText(renderText(template.text, realisticValues(language)));
    const counted = smsSegments(text);
    expect(counted.encoding).toBe('GSM-7');
    expect(counted.segments).toBeLessThanOrEqual(2);
  });

  it('would need UCS-2, and more segments, if the dash of the interview time were sent as it is', () => {
    const text = renderText(DEFAULT_REMINDER_SMS_TEMPLATES.da.text, realisticValues('da'));
    expect(text).toContain('–');
    expect(smsSegments(text).encoding).toBe('UCS-2');
    expect(smsSegments(text).segments).toBeGreaterThan(2);
  });
});
