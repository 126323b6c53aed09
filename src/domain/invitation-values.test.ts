import { describe, expect, it } from 'vitest';
import { invitationValues, type InvitationValuesInput } from './invitation-values.js';

const input: InvitationValuesInput = {
  candidate: { firstName: 'Søren', lastName: 'Ågård' },
  jobTitle: 'Tømrer',
  companyName: 'Nordhavn Byg A/S',
  interview: {
    type: 'in_person',
    startsAt: new Date('2026-07-06T07:00:00Z'),
    endsAt: new Date('2026-07-06T08:30:00Z'),
    durationMinutes: 90,
    location: 'Nordhavnsvej 1, 2150 Nordhavn',
    meetingUrl: null,
  },
  recruiterNames: ['Anna Holm', 'Bo Lindqvist'],
  sender: 'Anna Holm',
  language: 'da',
  timeZone: 'Europe/Copenhagen',
  confirmLink: 'https://samtale.example/a/tok3n',
};

function withInterview(changes: Partial<InvitationValuesInput['interview']>): InvitationValuesInput {
  return { ...input, interview: { ...input.interview, ...changes } };
}

describe('invitationValues', () => {
  it("words every value in the candidate's language and the organisation's zone", () => {
    expect(invitationValues(input)).toEqual({
      firstname: 'Søren',
      lastname: 'Ågård',
      fullname: 'Søren Ågård',
      jobtitle: 'Tømrer',
      companyname: 'Nordhavn Byg A/S',
      interviewtype: 'personlig samtale',
      interviewdate: 'mandag den 6. juli 2026',
      interviewtime: '09.00–10.30 CEST',
      duration: '1 time og 30 minutter',
      location: 'Nordhavnsvej 1, 2150 Nordhavn',
      recruiters: 'Anna Holm og Bo Lindqvist',
      sender: 'Anna Holm',
      confirmlink: 'https://samtale.example/a/tok3n',
    });
  });

  it('words the same interview in English for an English-speaking candidate', () => {
    expect(invitationValues({ ...input, language: 'en' })).toMatchObject({
      interviewtype: 'in-person interview',
      interviewdate: 'Monday, 6 July 2026',
      interviewtime: '09:00–10:30 CEST',
      duration: '1 hour and 30 minutes',
      recruiters: 'Anna Holm and Bo Lindqvist',
    });
  });

  it('gives the meeting address as the location of a video interview', () => {
    const values = invitationValues(withInterview({ type: 'video', location: null, meetingUrl: 'https://meet.example/abc' }));
    expect(values.location).toBe('https://meet.example/abc');
    expect(values.interviewtype).toBe('videosamtale');
  });

  it('keeps the location text beside the meeting address of a video interview', () => {
    const values = invitationValues(withInterview({ type: 'video', location: 'Mødekode 123 456', meetingUrl: 'https://meet.example/abc' }));
    expect(values.location).toBe('https://meet.example/abc (Mødekode 123 456)');
  });

  it('gives the location text of a video interview without a meeting address', () => {
    expect(invitationValues(withInterview({ type: 'video', location: 'Microsoft Teams', meetingUrl: null })).location).toBe('Microsoft Teams');
  });

  it('gives the location text of other interviews, leaving out any meeting address', () => {
    expect(invitationValues(withInterview({ type: 'group', meetingUrl: 'https://meet.example/abc' })).location).toBe('Nordhavnsvej 1, 2150 Nordhavn');
  });

  it('leaves the location empty when none is given', () => {
    expect(invitationValues(withInterview({ type: 'in_person', location: null })).location).toBe('');
    expect(invitationValues(withInterview({ type: 'video', location: '  ', meetingUrl: '' })).location).toBe('');
  });

  it('says the recruiter will call when a phone interview has no number or note', () => {
    expect(invitationValues(withInterview({ type: 'phone', location: null })).location).toBe('Vi ringer til dig');
    expect(invitationValues(withInterview({ type: 'phone', location: 'Ring til 33 12 34 56' })).location).toBe('Ring til 33 12 34 56');
  });

  it('names a single recruiter alone', () => {
    expect(invitationValues({ ...input, recruiterNames: ['Bo Lindqvist'] }).recruiters).toBe('Bo Lindqvist');
  });
});
