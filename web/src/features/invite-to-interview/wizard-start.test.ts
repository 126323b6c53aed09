import { describe, expect, it } from 'vitest';
import { freshWizard, hasChanges, withMode, wizardToOpen } from './wizard-start';

const mette = { applicationId: 'a1', name: 'Mette Kjærgaard', language: 'da', hasMobile: true };
const soeren = { applicationId: 'a2', name: 'Søren Østergaard', language: 'da', hasMobile: true };
const emma = { applicationId: 'a3', name: 'Emma Thompson', language: 'en', hasMobile: false };

describe('a new wizard', () => {
  it('has the signed-in recruiter taking part, the applicants in the order they were ticked, and no date or time yet', () => {
    const wizard = freshWizard('p1', [mette, soeren], 'anna');
    expect(wizard.step).toBe(1);
    expect(wizard.interview.recruiterIds).toEqual(['anna']);
    expect(wizard.applicants.map((applicant) => applicant.name)).toEqual(['Mette Kjærgaard', 'Søren Østergaard']);
    expect([wizard.interview.date, wizard.interview.time]).toEqual(['', '']);
    expect(wizard.message).toBeNull();
  });
});

describe('opening the wizard', () => {
  const fresh = freshWizard('p1', [mette, soeren], 'anna');
  const stored = { ...fresh, applicants: [soeren, mette], interview: { ...fresh.interview, date: '2026-12-03' } };

  it('brings back the stored wizard for the same applicants, in the order the recruiter gave them', () => {
    expect(wizardToOpen(stored, fresh)).toBe(stored);
  });

  it('starts afresh when the recruiter has since chosen other applicants', () => {
    expect(wizardToOpen(stored, freshWizard('p1', [mette, soeren, emma], 'anna'))).not.toBe(stored);
    expect(wizardToOpen(null, fresh)).toBe(fresh);
  });
});

describe('changes to the wizard', () => {
  const fresh = freshWizard('p1', [mette, soeren], 'anna');

  it('are none while everything is as it started, whatever order its keys were written in', () => {
    const reordered = JSON.parse(JSON.stringify(Object.fromEntries(Object.entries(fresh).reverse())));
    expect(hasChanges(reordered, fresh)).toBe(false);
  });

  it('are a typed date, another type, another order of applicants or a step taken', () => {
    expect(hasChanges({ ...fresh, interview: { ...fresh.interview, date: '2026-12-03' } }, fresh)).toBe(true);
    expect(hasChanges({ ...fresh, interview: { ...fresh.interview, type: 'group' } }, fresh)).toBe(true);
    expect(hasChanges({ ...fresh, applicants: [soeren, mette] }, fresh)).toBe(true);
    expect(hasChanges({ ...fresh, step: 2 }, fresh)).toBe(true);
  });
});

describe('choosing how the applicants get their time', () => {
  const typed = { ...freshWizard('p1', [mette, soeren], 'anna'), interview: { ...freshWizard('p1', [], 'anna').interview, type: 'video' as const, durationMinutes: 30 } };
  const filled = {
    ...typed,
    message: { action: 'send_email' as const, from: 'anna@demo.example', variants: { da: { subject: 'S', body: 'B' } }, includeConfirmLink: null, reminder: { channel: 'none' as const, daysBefore: 1 as const, email: {}, sms: {} }, sendWithoutSmsToMissingMobile: false },
  };

  it('starts with the recruiter fixing the time, and one window to fill in should times be offered', () => {
    expect(typed.mode).toBe('fixed');
    expect(typed.offer.windows).toEqual([{ date: '', from: '', to: '' }]);
  });

  it('keeps the interview as typed but fills step 2 afresh, as an invitation to book has texts of its own', () => {
    const offered = withMode(filled, 'offer');
    expect(offered.mode).toBe('offer');
    expect(offered.interview).toEqual(filled.interview);
    expect(offered.message).toBeNull();
  });

  it('changes nothing when the way chosen is the one already', () => {
    expect(withMode(filled, 'fixed')).toBe(filled);
  });
});
