import { describe, expect, it } from 'vitest';
import { boxSearch, readBoxParams } from './box-params';

const both = { mailbox: true, sms: true };

describe("the Messages page's address", () => {
  it('names the box and the opened email', () => {
    expect(readBoxParams(new URLSearchParams('box=email&open=m1'), both)).toEqual({ box: 'email', open: 'm1' });
    expect(readBoxParams(new URLSearchParams('box=sms'), both)).toEqual({ box: 'sms', open: null });
  });

  it('opens the email box when no box is named', () => {
    expect(readBoxParams(new URLSearchParams(''), both)).toEqual({ box: 'email', open: null });
  });

  it('opens the SMS box when no box is named and only the SMS box is active', () => {
    expect(readBoxParams(new URLSearchParams(''), { mailbox: false, sms: true }).box).toBe('sms');
  });

  it('treats an unknown box as no choice', () => {
    expect(readBoxParams(new URLSearchParams('box=fax'), both).box).toBe('email');
  });

  it('opens no email in the SMS box', () => {
    expect(readBoxParams(new URLSearchParams('box=sms&open=m1'), both).open).toBeNull();
  });

  it('is written back the same way', () => {
    expect(boxSearch('email', 'm1')).toBe('?box=email&open=m1');
    expect(boxSearch('sms')).toBe('?box=sms');
    expect(readBoxParams(new URLSearchParams(boxSearch('email', 'm 2')), both).open).toBe('m 2');
  });
});
