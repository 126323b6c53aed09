import { describe, expect, it } from 'vitest';
import { namedField, refusalReason, refusedField } from './send-error';

/** Shaped as ApiError is; the class itself needs a browser. */
const refusal = (code: string, message: string, details?: unknown) => ({ status: 400, code, message, details });
const invalid = (field: string, message: string) => refusal('validation_failed', message, [{ field, in: 'body', message }]);

describe('a refused send', () => {
  it('names the field of a rule of the server', () => {
    const error = invalid('email.variants.da.body', 'body.email.variants.da.body uses the unknown variable {fornavn} in the da variant.');
    expect(refusedField(error)).toBe('email.variants.da.body');
    expect(refusalReason(error)).toEqual({ kind: 'unknown_variable', variable: 'fornavn' });
  });

  it('names the field of the schema, written under "body."', () => {
    const error = invalid('body.reminder.sms.variants.en.text', 'body.reminder.sms.variants.en.text must NOT have fewer than 1 characters.');
    expect(refusedField(error)).toBe('reminder.sms.variants.en.text');
    expect(refusalReason(error)).toEqual({ kind: 'blank' });
  });

  it('tells an SMS too long for six segments', () => {
    expect(refusalReason(invalid('reminder.sms.variants.da.text', 'would take 7 SMS segments for Line Bæk'))).toEqual({ kind: 'too_many_sms_segments' });
  });

  it('tells a sender address the organisation does not have', () => {
    expect(refusalReason(invalid('email.from', "body.email.from must be the organisation's sender address"))).toEqual({ kind: 'sender' });
  });

  it('tells candidates without a mobile number not yet accepted', () => {
    expect(refusalReason(refusal('conflict', 'Some candidates have no mobile number and would get no SMS reminder.'))).toEqual({ kind: 'missing_mobile' });
  });

  it('names no field for a failure that has none', () => {
    expect(refusedField(refusal('network', ''))).toBeNull();
    expect(refusalReason(new Error('boom'))).toEqual({ kind: 'other' });
  });
});

describe('a field named in a refusal', () => {
  it('is read as the text, part and language the recruiter sees', () => {
    expect(namedField('email.variants.da.subject')).toEqual({ text: 'email', part: 'subject', language: 'da' });
    expect(namedField('reminder.email.variants.en.signature')).toEqual({ text: 'reminderEmail', part: 'signature', language: 'en' });
    expect(namedField('reminder.sms.variants.sv.text')).toEqual({ text: 'reminderSms', part: 'text', language: 'sv' });
    expect(namedField('email.from')).toEqual({ text: 'sender' });
  });

  it('is nothing for a field of step 1', () => {
    expect(namedField('interview.date')).toBeNull();
  });
});
