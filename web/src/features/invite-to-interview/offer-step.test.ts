import { describe, expect, it } from 'vitest';
import { offerProblems } from './offer-step';
import { FRESH_OFFER, freshWizard } from './wizard-start';
import type { OfferStep } from './wizard-state';

const ZONE = 'Europe/Copenhagen';
// Monday 30 November 2026, 09:00 in Copenhagen (08:00 UTC).
const NOW = new Date('2026-11-30T08:00:00Z');
const interview = freshWizard('p1', [], 'anna').interview;
const offer = (patch: Partial<OfferStep>): OfferStep => ({ ...FRESH_OFFER, ...patch });

describe('offering times, step 1', () => {
  it('can go on with a window ahead, in Copenhagen time', () => {
    expect(offerProblems(interview, offer({ windows: [{ date: '2026-12-10', from: '09:00', to: '12:00' }] }), ZONE, NOW)).toEqual({});
  });

  it('names each window and slot that is not whole, has passed, or ends before it begins, by its place in the list', () => {
    const problems = offerProblems(
      interview,
      offer({
        windows: [
          { date: '2026-12-10', from: '09:00', to: '' },
          // 08:30 in Copenhagen has passed at 09:00 there, though it is still 03:30 in New York.
          { date: '2026-11-30', from: '08:30', to: '12:00' },
          { date: '2026-12-10', from: '13:00', to: '12:00' },
        ],
        slots: [{ date: '2026-11-30', time: '10:00' }, { date: '', time: '10:00' }],
      }),
      ZONE,
      NOW,
    );
    expect(problems).toEqual({
      'windows[0]': 'windowIncomplete',
      'windows[1]': 'windowInPast',
      'windows[2]': 'windowEndsFirst',
      'slots[1]': 'slotIncomplete',
    });
  });

  it('needs at least one time, and recruiters', () => {
    expect(offerProblems({ ...interview, recruiterIds: [] }, offer({ windows: [] }), ZONE, NOW)).toEqual({ recruiterIds: 'recruitersMissing', times: 'timesMissing' });
  });

  it('takes no deadline as the default one, but not half of one, nor one that has passed', () => {
    const window = { windows: [{ date: '2026-12-10', from: '09:00', to: '12:00' }] };
    expect(offerProblems(interview, offer({ ...window, deadline: { date: '2026-12-09', time: '' } }), ZONE, NOW)).toEqual({ deadline: 'deadlineIncomplete' });
    expect(offerProblems(interview, offer({ ...window, deadline: { date: '2026-11-30', time: '08:00' } }), ZONE, NOW)).toEqual({ deadline: 'deadlineInPast' });
  });

  it('needs a meeting link for a video interview, as when the time is fixed', () => {
    const window = { windows: [{ date: '2026-12-10', from: '09:00', to: '12:00' }] };
    expect(offerProblems({ ...interview, type: 'video' }, offer(window), ZONE, NOW)).toEqual({ meetingUrl: 'meetingUrlMissing' });
  });
});
