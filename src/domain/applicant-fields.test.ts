import { describe, expect, it } from 'vitest';
import { checkApplicant, languageOfCell, type ApplicantValues } from './applicant-fields.js';

const values = (overrides: Partial<ApplicantValues> = {}): ApplicantValues => ({
  firstName: 'Søren',
  lastName: 'Ågård',
  email: 'soren@mail.example',
  mobile: '',
  language: '',
  ...overrides,
});

describe('checkApplicant', () => {
  it('tidies names, lower-cases the email, writes the mobile in E.164 reading it as Danish, and defaults the language', () => {
    expect(checkApplicant(values({ firstName: '  Anne   Marie ', email: ' Soren@Mail.Example ', mobile: '20 12 34 56' }), 'da')).toEqual({
      ok: true,
      applicant: { firstName: 'Anne Marie', lastName: 'Ågård', email: 'soren@mail.example', mobile: '+4520123456', language: 'da' },
    });
  });

  it('takes an applicant without a mobile', () => {
    expect(checkApplicant(values(), 'en')).toMatchObject({ ok: true, applicant: { mobile: null, language: 'en' } });
  });

  it.each([
    [{ firstName: ' ' }, [{ field: 'firstName', problem: 'missing' }]],
    [{ lastName: '' }, [{ field: 'lastName', problem: 'missing' }]],
    [{ firstName: 'x'.repeat(101) }, [{ field: 'firstName', problem: 'too_long' }]],
    [{ email: '' }, [{ field: 'email', problem: 'missing' }]],
    [{ email: 'soren.mail.example' }, [{ field: 'email', problem: 'invalid' }]],
    [{ email: 'soren@mail' }, [{ field: 'email', problem: 'invalid' }]],
    [{ email: 'søren hansen@mail.example' }, [{ field: 'email', problem: 'invalid' }]],
    [{ email: 'a@b.example;c@d.example' }, [{ field: 'email', problem: 'invalid' }]],
    [{ email: 'Søren <soren@mail.example>' }, [{ field: 'email', problem: 'invalid' }]],
    [{ email: 'a@b.example, c@d.example' }, [{ field: 'email', problem: 'invalid' }]],
    [{ email: `${'x'.repeat(250)}@mail.example` }, [{ field: 'email', problem: 'too_long' }]],
    [{ mobile: 'ring efter kl. 16' }, [{ field: 'mobile', problem: 'invalid' }]],
    [{ mobile: '+46 8 123 456 78' }, [{ field: 'mobile', problem: 'not_mobile' }]],
    [{ language: 'Klingon' }, [{ field: 'language', problem: 'unknown' }]],
    [{ firstName: '', email: 'nope', language: 'xx' }, [{ field: 'firstName', problem: 'missing' }, { field: 'email', problem: 'invalid' }, { field: 'language', problem: 'unknown' }]],
  ])('refuses %j, naming every problem', (overrides, problems) => {
    expect(checkApplicant(values(overrides), 'da')).toEqual({ ok: false, problems });
  });
});

describe('languageOfCell', () => {
  it.each([
    ['da', 'da'],
    ['DA-dk', 'da'],
    ['Dansk', 'da'],
    ['English', 'en'],
    ['engelsk', 'en'],
    ['en_GB', 'en'],
    ['Svenska', 'sv'],
    ['Norsk', 'nb'],
    ['no', 'nb'],
    ['nb-NO', 'nb'],
    ['Klingon', undefined],
    ['de', undefined],
  ])('reads %j as %j', (cell, language) => {
    expect(languageOfCell(cell)).toBe(language);
  });
});
