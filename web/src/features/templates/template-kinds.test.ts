import { describe, expect, it } from 'vitest';
import { kindPath, partsDiffer, partsOf, TEMPLATE_KINDS, variablesOf } from './template-kinds';

describe('template kinds', () => {
  it('come in the order an administrator meets them, spelt as the API does in its paths', () => {
    expect(TEMPLATE_KINDS.map(kindPath)).toEqual(['interview-invitation', 'booking-invitation', 'reminder-email', 'reminder-sms']);
  });

  it('take only the parts of their kind from an answer, so that language and customised are no part of the draft', () => {
    expect(partsOf('reminder_sms', { language: 'da', text: 'Hej', customised: true })).toEqual({ text: 'Hej' });
    expect(partsOf('reminder_email', { subject: 'S', body: 'B' })).toEqual({ subject: 'S', body: 'B', signature: '' });
  });

  it('let only the invitation to book say until when a time can be booked', () => {
    expect(variablesOf('booking_invitation')).toContain('bookingdeadline');
    expect(variablesOf('booking_invitation')).toContain('confirmlink');
    for (const kind of ['interview_invitation', 'reminder_email', 'reminder_sms'] as const) expect(variablesOf(kind)).not.toContain('bookingdeadline');
  });

  it('tell a changed draft from the saved text', () => {
    expect(partsDiffer({ subject: 'a', body: 'b' }, { subject: 'a', body: 'b' })).toBe(false);
    expect(partsDiffer({ subject: 'a', body: 'b ' }, { subject: 'a', body: 'b' })).toBe(true);
  });
});
