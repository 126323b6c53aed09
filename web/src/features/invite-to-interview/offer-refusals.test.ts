import { describe, expect, it } from 'vitest';
import { offerRefusals } from './offer-refusals';

const refusal = (...details: { field: string; message: string }[]) => ({ code: 'validation_failed', message: 'x', details: details.map((detail) => ({ ...detail, in: 'body' })) });

describe("the server's refusal of an offer's times", () => {
  it('is told at each window and slot it names, each with its reason', () => {
    const error = refusal(
      { field: 'offer.windows[0]', message: 'overlaps another of the offered times.' },
      { field: 'offer.windows[1]', message: 'is in the past.' },
      { field: 'offer.windows[2]', message: 'is too short to hold one slot of the chosen length.' },
      { field: 'offer.slots[0]', message: 'holds a time the clocks skip when summer time begins. Choose another time.' },
    );
    expect(offerRefusals(error).map(({ field, reason }) => [field, reason])).toEqual([
      ['windows[0]', 'overlaps'],
      ['windows[1]', 'inPast'],
      ['windows[2]', 'tooShort'],
      ['slots[0]', 'skippedTime'],
    ]);
  });

  it('tells the deadline’s problems apart, and keeps the sentence of one it does not know', () => {
    expect(offerRefusals(refusal({ field: 'offer.deadline', message: 'is after the first offered time begins: it must be no later than that.' }))[0]?.reason).toBe('deadlineAfterFirst');
    expect(offerRefusals(refusal({ field: 'offer.deadline', message: 'is needed: a day before the first offered time has passed. Give a deadline before the first time.' }))[0]?.reason).toBe(
      'deadlineNeeded',
    );
    expect(offerRefusals(refusal({ field: 'body.offer.windows[0]', message: 'is more than two years ahead.' }))).toEqual([
      { field: 'windows[0]', reason: 'other', message: 'is more than two years ahead.' },
    ]);
  });

  it('puts a refusal of the times as a whole at the times', () => {
    expect(offerRefusals(refusal({ field: 'offer.windows', message: 'or slots must offer at least one time.' }))[0]?.field).toBe('times');
  });

  it('names nothing outside the offer, and nothing for an error without details', () => {
    expect(offerRefusals(refusal({ field: 'email.variants.da.body', message: 'holds an unknown variable {x}.' }))).toEqual([]);
    expect(offerRefusals({ code: 'network', message: '' })).toEqual([]);
    expect(offerRefusals(null)).toEqual([]);
  });
});
