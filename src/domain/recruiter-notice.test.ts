import { describe, expect, it } from 'vitest';
import { recruiterNotice } from './recruiter-notice.js';

const base = {
  timeZone: 'Europe/Copenhagen',
  type: 'in_person' as const,
  jobTitle: 'Bogholder',
  invitedBy: 'Anna Holm',
  startsAt: new Date('2026-07-06T07:00:00Z'),
  endsAt: new Date('2026-07-06T07:45:00Z'),
  durationMinutes: 45,
  where: 'Havnegade 1, København',
  candidateNames: ['Søren Ågård'],
  recruiterNames: ['Anna Holm', 'Bo Lindqvist'],
};

describe('recruiterNotice', () => {
  it('tells a Danish recruiter who, when and where, in local time with the zone named', () => {
    const notice = recruiterNotice({ ...base, language: 'da' });
    expect(notice.subject).toBe('Personlig samtale: Søren Ågård – Bogholder');
    expect(notice.text).toContain('mandag den 6. juli 2026');
    expect(notice.text).toContain('09.00');
    expect(notice.text).toContain('CEST');
    expect(notice.text).toContain('Sted: Havnegade 1, København');
    expect(notice.text).toContain('Anna Holm og Bo Lindqvist');
  });

  it('tells a recruiter taken off the interview who took them off, with the interview as it stands', () => {
    const notice = recruiterNotice({ ...base, language: 'en', invitedBy: 'Bo Lindqvist', reason: 'removed' });
    expect(notice.subject).toBe('No longer taking part: In-person interview: Søren Ågård – Bogholder');
    expect(notice.text.split('\n')[0]).toBe('You are no longer taking part in this interview for the position Bogholder: Bo Lindqvist has changed who takes part.');
    expect(notice.text).toContain('When: Monday, 6 July 2026, 09:00–09:45 CEST');
  });

  it('lists every candidate of a group interview and leaves out a missing place', () => {
    const notice = recruiterNotice({ ...base, language: 'en', type: 'group', where: null, candidateNames: ['A B', 'C D', 'E F'] });
    expect(notice.subject).toBe('Group interview: A B, C D and E F – Bogholder');
    expect(notice.text).not.toContain('Where:');
  });
});
