import { describe, expect, it } from 'vitest';
import { BOOKING_INVITATION_VARIABLES } from '@domain/template';
import { messageProblems } from './message-problems';
import type { MessageStep } from './wizard-state';

const message = (changes: Partial<MessageStep> = {}, reminder: Partial<MessageStep['reminder']> = {}): MessageStep => ({
  action: 'send_email',
  from: 'anna@demo.example',
  variants: { da: { subject: 'Samtale', body: 'Hej {firstname}' }, en: { subject: 'Interview', body: 'Dear {firstname}' } },
  includeConfirmLink: null,
  reminder: {
    channel: 'none',
    daysBefore: 1,
    email: { da: { subject: 'Påmindelse', body: 'Husk', signature: '' } },
    sms: { da: { text: 'Husk {interviewdate}' } },
    ...reminder,
  },
  sendWithoutSmsToMissingMobile: false,
  ...changes,
});

describe('what stops sending', () => {
  it('is nothing for the texts as the templates give them', () => {
    expect(messageProblems(message(), ['da', 'en'])).toEqual([]);
  });

  it('names a variable the server does not know, by the field it is in', () => {
    const problems = messageProblems(message({ variants: { da: { subject: 'Samtale', body: 'Hej {fornavn} {x}' } } }), ['da']);
    expect(problems).toEqual([{ path: 'email.variants.da.body', kind: 'unknown_variables', variables: ['fornavn', 'x'] }]);
  });

  it('names a subject left blank', () => {
    expect(messageProblems(message({ variants: { da: { subject: '  ', body: 'Hej' } } }), ['da'])).toEqual([{ path: 'email.variants.da.subject', kind: 'blank' }]);
  });

  it('ignores the email when no email is sent', () => {
    expect(messageProblems(message({ action: 'no_email', variants: { da: { subject: '', body: '{x}' } } }), ['da'])).toEqual([]);
  });

  it('checks the reminder texts only of the channel chosen, and lets a signature be blank', () => {
    const unknownInSms = { sms: { da: { text: '{tid}' } } };
    expect(messageProblems(message({}, { channel: 'email', ...unknownInSms }), ['da'])).toEqual([]);
    expect(messageProblems(message({}, { channel: 'sms', ...unknownInSms }), ['da'])).toEqual([
      { path: 'reminder.sms.variants.da.text', kind: 'unknown_variables', variables: ['tid'] },
    ]);
  });

  it('names a language in use that has no reminder text at all', () => {
    expect(messageProblems(message({}, { channel: 'sms_email' }), ['da', 'en'])).toEqual([
      { path: 'reminder.email.variants.en.subject', kind: 'blank' },
      { path: 'reminder.email.variants.en.body', kind: 'blank' },
      { path: 'reminder.sms.variants.en.text', kind: 'blank' },
    ]);
  });

  it('lets an invitation to book say its deadline, but not an interview invitation or a reminder', () => {
    const deadline = message({ variants: { da: { subject: 'Vælg en tid', body: 'Vælg senest {bookingdeadline}' } } }, { channel: 'sms', sms: { da: { text: 'Husk {bookingdeadline}' } } });
    expect(messageProblems(deadline, ['da'], BOOKING_INVITATION_VARIABLES)).toEqual([
      { path: 'reminder.sms.variants.da.text', kind: 'unknown_variables', variables: ['bookingdeadline'] },
    ]);
    expect(messageProblems(deadline, ['da']).map((problem) => problem.path)).toEqual(['email.variants.da.body', 'reminder.sms.variants.da.text']);
  });
});
