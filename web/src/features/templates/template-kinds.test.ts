import { describe, expect, it } from 'vitest';
import { kindPath, partsDiffer, partsOf, TEMPLATE_KINDS } from './template-kinds';

describe('template kinds', () => {
  it('come in the order an administrator meets them, spelt as the API does in its paths', () => {
    expect(TEMPLATE_KINDS.map(kindPath)).toEqual(['interview-invitation', 'reminder-email', 'reminder-sms']);
  });

  it('take only the parts of their kind from an answer, so that language and customised are no part of the draft', () => {
    expect(partsOf('reminder_sms', { language: 'da', text: 'Hej', customised: true })).toEqual({ text: 'Hej' });
    expect(partsOf('reminder_email', { subject: 'S', body: 'B' })).toEqual({ subject: 'S', body: 'B', signature: '' });
  });

  it('tell a changed draft from the saved text', () => {
    expect(partsDiffer({ subject: 'a', body: 'b' }, { subject: 'a', body: 'b' })).toBe(false);
    expect(partsDiffer({ subject: 'a', body: 'b ' }, { subject: 'a', body: 'b' })).toBe(true);
  });
});
