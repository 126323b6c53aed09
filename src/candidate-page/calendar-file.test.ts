import { describe, expect, it } from 'vitest';
import { candidateCalendarFile, type CandidateCalendarView } from './calendar-file.js';

function view(overrides: Partial<CandidateCalendarView['details']> = {}, language: CandidateCalendarView['language'] = 'da'): CandidateCalendarView {
  return {
    language,
    details: {
      companyName: 'Nordhavn Byg A/S',
      jobTitle: 'Tømrer',
      interviewType: 'personlig samtale',
      date: 'tirsdag den 10. marts 2026',
      time: '10.00–10.45 CET',
      duration: '45 minutter',
      where: 'Havnegade 1',
      meetingUrl: null,
      recruiters: 'Anna Holm og Bo Lund',
      ...overrides,
    },
    calendar: {
      interviewId: '0b8c3a52-8a5e-4b8e-9a43-5f6d1f1c2e3a',
      sequence: 2,
      startsAt: new Date('2026-03-10T09:00:00Z'),
      endsAt: new Date('2026-03-10T09:45:00Z'),
      timeZone: 'Europe/Copenhagen',
    },
    answerUrl: 'https://samtale.example/i/tok3n',
    now: new Date('2026-03-02T08:00:00Z'),
  };
}

/** The file's content lines, unfolded (RFC 5545 3.1). */
const linesOf = (file: string) => file.replace(/\r\n[ \t]/g, '').split('\r\n');

describe('the candidate’s calendar file', () => {
  it('is the invitation’s event, in its current version, at the organisation’s wall-clock time', () => {
    const lines = linesOf(candidateCalendarFile(view()));
    expect(lines).toContain('UID:interview-0b8c3a52-8a5e-4b8e-9a43-5f6d1f1c2e3a@samtale');
    expect(lines).toContain('SEQUENCE:2');
    expect(lines).toContain('DTSTART;TZID=Europe/Copenhagen:20260310T100000');
    expect(lines).toContain('DTEND;TZID=Europe/Copenhagen:20260310T104500');
    expect(lines).toContain('BEGIN:VTIMEZONE');
  });

  it('is to be imported, not answered: no method, organiser or attendees', () => {
    const file = candidateCalendarFile(view());
    expect(file).not.toMatch(/^(METHOD|ORGANIZER|ATTENDEE)/m);
  });

  it('names the interview and the company in the candidate’s language, with the way back to change the answer', () => {
    const lines = linesOf(candidateCalendarFile(view()));
    expect(lines).toContain('SUMMARY:Personlig samtale – Nordhavn Byg A/S');
    expect(lines).toContain('LOCATION:Havnegade 1');
    expect(lines).toContain('DESCRIPTION:Stilling: Tømrer\\nSamtalen holdes af: Anna Holm og Bo Lund\\nÆndr dit svar: https://samtale.example/i/tok3n');
    expect(lines).toContain('URL;VALUE=URI:https://samtale.example/i/tok3n');
  });

  it('puts a video interview’s meeting link where calendars open it', () => {
    const lines = linesOf(candidateCalendarFile(view({ interviewType: 'video interview', where: null, meetingUrl: 'https://meet.example/room' }, 'en')));
    expect(lines).toContain('SUMMARY:Video interview – Nordhavn Byg A/S');
    expect(lines).toContain('LOCATION:https://meet.example/room');
    expect(lines).toContain('URL;VALUE=URI:https://meet.example/room');
    expect(lines.find((line) => line.startsWith('DESCRIPTION:'))).toContain('Meeting link: https://meet.example/room');
  });

  it('keeps a meeting “link” that is no web address out of the URL, which calendars would open', () => {
    const lines = linesOf(candidateCalendarFile(view({ interviewType: 'videosamtale', where: null, meetingUrl: 'javascript:alert(1)' })));
    expect(lines).toContain('URL;VALUE=URI:https://samtale.example/i/tok3n');
  });
});
