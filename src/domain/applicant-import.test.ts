import { describe, expect, it } from 'vitest';
import { applicantColumns } from './applicant-columns.js';
import { checkImportFile, emailsToLookUp, ImportFileError, MAX_IMPORT_ROWS, planImport } from './applicant-import.js';

describe('applicantColumns', () => {
  it('knows Danish and English headings written in any case, with or without spaces and dashes', () => {
    expect(applicantColumns(['Fornavn', 'EFTERNAVN', 'E-mail', 'Mobil', 'Sprog', 'Stilling']).indexes).toEqual({ firstName: 0, lastName: 1, email: 2, mobile: 3, language: 4 });
    expect(applicantColumns(['Email', 'First name', 'Last_Name', 'Phone number', 'Language'])).toEqual({
      indexes: { email: 0, firstName: 1, lastName: 2, mobile: 3, language: 4 },
      missing: [],
      ignored: [],
    });
  });

  it('names the required columns it does not find and the ones it ignores', () => {
    expect(applicantColumns(['Navn', 'E-mailadresse', ''])).toEqual({ indexes: { email: 1 }, missing: ['firstName', 'lastName'], ignored: ['Navn'] });
  });
});

const file = (...lines: string[]) => ['Fornavn;Efternavn;E-mail;Mobil;Sprog', ...lines].join('\r\n');

describe('checkImportFile', () => {
  it('checks every row on its own, numbered as in the spreadsheet', () => {
    const { rows } = checkImportFile(file('Søren;Ågård;soren@mail.example;20123456;', ';;;;', 'Emma;;emma@mail;x;Klingon'), 'da');
    expect(rows).toEqual([
      {
        rowNumber: 2,
        values: { firstName: 'Søren', lastName: 'Ågård', email: 'soren@mail.example', mobile: '20123456', language: '' },
        check: { ok: true, applicant: { firstName: 'Søren', lastName: 'Ågård', email: 'soren@mail.example', mobile: '+4520123456', language: 'da' } },
      },
      {
        rowNumber: 4,
        values: { firstName: 'Emma', lastName: '', email: 'emma@mail', mobile: 'x', language: 'Klingon' },
        check: {
          ok: false,
          problems: [
            { field: 'lastName', problem: 'missing' },
            { field: 'email', problem: 'invalid' },
            { field: 'mobile', problem: 'invalid' },
            { field: 'language', problem: 'unknown' },
          ],
        },
      },
    ]);
  });

  it('refuses a file without a name or email column, one without rows, and one too long to import at once', () => {
    expect(() => checkImportFile('Navn;Mobil\nSøren;20123456', 'da')).toThrow(new ImportFileError({ problem: 'missing_columns', columns: ['firstName', 'lastName', 'email'] }));
    expect(() => checkImportFile('Fornavn;Efternavn;E-mail\r\n', 'da')).toThrow(new ImportFileError({ problem: 'no_rows' }));
    const long = file(...Array.from({ length: MAX_IMPORT_ROWS + 1 }, (_, i) => `A;B;a${i}@mail.example;;`));
    expect(() => checkImportFile(long, 'da')).toThrow(new ImportFileError({ problem: 'too_many_rows', rows: MAX_IMPORT_ROWS + 1, limit: MAX_IMPORT_ROWS }));
  });
});

describe('planImport', () => {
  const { rows } = checkImportFile(
    file(
      'Ny;Kandidat;ny@mail.example;;',
      'Kendt;Kandidat;KENDT@mail.example;;',
      'Allerede;Med;med@mail.example;;',
      'Dobbelt;Ny;NY@mail.example;;',
      'Forkert;Mail;forkert;;',
    ),
    'da',
  );
  const known = new Map([
    ['kendt@mail.example', { candidateId: 'c-kendt', inProject: false }],
    ['med@mail.example', { candidateId: 'c-med', inProject: true }],
  ]);

  it('looks up only the emails of rows that can be imported, once each', () => {
    expect(emailsToLookUp(rows)).toEqual(['ny@mail.example', 'kendt@mail.example', 'med@mail.example']);
  });

  it('says of each row whether it brings a new candidate, a known one, one already in the project, or an error', () => {
    expect(planImport(rows, known).map((row) => [row.rowNumber, row.outcome, row.candidateId, row.problems])).toEqual([
      [2, 'new_candidate', null, []],
      [3, 'existing_candidate', 'c-kendt', []],
      [4, 'already_in_project', 'c-med', []],
      [5, 'error', null, [{ field: 'email', problem: 'repeated' }]],
      [6, 'error', null, [{ field: 'email', problem: 'invalid' }]],
    ]);
  });
});
