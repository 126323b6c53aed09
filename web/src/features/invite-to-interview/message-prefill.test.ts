import { describe, expect, it } from 'vitest';
import { prefilledMessage, type MessageTemplates } from './message-prefill';

const templates: MessageTemplates = {
  invitation: [
    { language: 'da', subject: 'Samtale', body: 'Hej {firstname}' },
    { language: 'en', subject: 'Interview', body: 'Dear {firstname}' },
    { language: 'sv', subject: 'Intervju', body: 'Hej {firstname}!' },
  ],
  reminderEmail: [
    { language: 'da', subject: 'Påmindelse', body: 'Husk', signature: 'Anna' },
    { language: 'en', subject: 'Reminder', body: 'Remember', signature: '' },
  ],
  reminderSms: [
    { language: 'da', text: 'Husk {interviewdate}' },
    { language: 'en', text: 'Remember {interviewdate}' },
  ],
};

describe('step 2 as it first opens', () => {
  const message = prefilledMessage(['da', 'en'], templates, 'anna@demo.example');

  it("holds the organisation's texts in each language in use, and no others", () => {
    expect(message.variants).toEqual({ da: { subject: 'Samtale', body: 'Hej {firstname}' }, en: { subject: 'Interview', body: 'Dear {firstname}' } });
    expect(message.reminder.email).toEqual({
      da: { subject: 'Påmindelse', body: 'Husk', signature: 'Anna' },
      en: { subject: 'Reminder', body: 'Remember', signature: '' },
    });
    expect(message.reminder.sms).toEqual({ da: { text: 'Husk {interviewdate}' }, en: { text: 'Remember {interviewdate}' } });
  });

  it("sends an email from the recruiter's own address, with the link at its default", () => {
    expect(message).toMatchObject({ action: 'send_email', from: 'anna@demo.example', includeConfirmLink: null, sendWithoutSmsToMissingMobile: false });
  });

  it('sends no reminder until the recruiter chooses one, a day before when they do', () => {
    expect(message.reminder).toMatchObject({ channel: 'none', daysBefore: 1 });
  });

  it('leaves out a language the organisation has no template for', () => {
    expect(prefilledMessage(['sv'], templates, 'x@y.example').reminder.sms).toEqual({});
  });
});
