import { describe, expect, it } from 'vitest';
import { parseForm, truncate } from './form.js';

describe('parseForm', () => {
  it('gives each field its decoded value, a repeated field its last', () => {
    expect(parseForm('answer=new_time_requested&message=Efter+kl.+14%2C+tak&answer=accepted')).toEqual({
      answer: 'accepted',
      message: 'Efter kl. 14, tak',
    });
  });

  it('removes NUL and the other control characters from names and values, keeping tabs and line breaks', () => {
    expect(parseForm('answer%00=accepted%00&message=a%00b%01c%1Bd%7Fe%C2%80f%C2%9Fg%0D%0A%09h')).toEqual({
      answer: 'accepted',
      message: 'abcdefg\r\n\th',
    });
  });

  it('keeps letters, emoji and their joiners, and Unicode line separators', () => {
    const message = 'Åse 👩‍💼\u2028ﬁn';
    expect(parseForm(new URLSearchParams({ message }).toString())).toEqual({ message });
  });

  it('turns an encoded lone surrogate or malformed UTF-8 into replacement characters, never a lone surrogate', () => {
    const { message = '' } = parseForm('message=a%ED%A0%80b%FFc');
    expect(message).toMatch(/^a\uFFFD+b\uFFFDc$/);
    expect(message).not.toMatch(/\p{Cs}/u);
  });

  it('makes no field of the object’s prototype', () => {
    const form = parseForm('__proto__=x&constructor=y');
    expect(Object.getPrototypeOf(form)).toBe(Object.prototype);
    expect(form).toEqual({ ['__proto__']: 'x', constructor: 'y' });
  });
});

describe('truncate', () => {
  it('keeps a text within the limit as it is', () => {
    expect(truncate('Ring efter kl. 14', 17)).toBe('Ring efter kl. 14');
  });

  it('cuts a longer text at the limit without splitting an emoji in two', () => {
    expect(truncate(`${'a'.repeat(4)}😀😀`, 5)).toBe('aaaa😀');
  });
});
