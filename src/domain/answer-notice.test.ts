import { describe, expect, it } from 'vitest';
import { answerNotice } from './answer-notice.js';

const base = {
  timeZone: 'Europe/Copenhagen',
  candidateName: 'Søren Ågård',
  jobTitle: 'Bogholder',
  startsAt: new Date('2026-03-10T09:00:00Z'),
  endsAt: new Date('2026-03-10T09:45:00Z'),
};

describe('answerNotice', () => {
  it("names the answer as the recruitment calendar does, and passes on the candidate's message", () => {
    const notice = answerNotice({ ...base, language: 'da', answer: 'new_time_requested', message: 'Jeg kan kun om eftermiddagen.' });
    expect(notice.subject).toBe('Søren Ågård: Kontakt for nyt tidspkt. – Bogholder');
    expect(notice.text).toContain('tirsdag den 10. marts 2026 kl. 10.00–10.45 CET');
    expect(notice.text).toContain('Besked fra kandidaten:\nJeg kan kun om eftermiddagen.');
  });

  it('says that a withdrawal withdrew the application', () => {
    const notice = answerNotice({ ...base, language: 'en', answer: 'not_relevant', message: null });
    expect(notice.subject).toBe('Søren Ågård: Not relevant – the application has been withdrawn – Bogholder');
    expect(notice.text).toContain('"Withdrawn"');
    expect(notice.text).not.toContain('Message from the candidate');
  });
});
