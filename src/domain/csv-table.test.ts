import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CsvTableError, detectSeparator, readCsvTable } from './csv-table.js';

describe('detectSeparator', () => {
  it.each([
    ['Fornavn;Efternavn;E-mail', ';'],
    ['First name,Last name,Email', ','],
    ['Fornavn\tEfternavn\tE-mail', '\t'],
    ['"Navn, fulde";E-mail;Mobil', ';'],
    ['"Efternavn; fornavn",E-mail,Mobil', ','],
    ['E-mail', ','],
  ])('finds the separator of %j', (line, separator) => {
    expect(detectSeparator(`${line}\r\nmore;lines,here`)).toBe(separator);
  });
});

describe('readCsvTable', () => {
  it('reads a semicolon-separated Danish Excel export with CRLF line ends', () => {
    const table = readCsvTable('Fornavn;Efternavn;E-mail\r\nSøren;Ågård;soren@mail.example\r\nÆrø;Bæk;aeroe@mail.example\r\n');
    expect(table).toEqual({
      header: ['Fornavn', 'Efternavn', 'E-mail'],
      rows: [
        { rowNumber: 2, cells: ['Søren', 'Ågård', 'soren@mail.example'] },
        { rowNumber: 3, cells: ['Ærø', 'Bæk', 'aeroe@mail.example'] },
      ],
    });
  });

  it('keeps separators, quotes and line breaks inside quoted cells, and numbers rows as the spreadsheet does', () => {
    const table = readCsvTable('Navn;Note\n"Hansen; Jens";"Sagde ""hej""\nog gik"\nMøller;x\n');
    expect(table.rows).toEqual([
      { rowNumber: 2, cells: ['Hansen; Jens', 'Sagde "hej"\nog gik'] },
      { rowNumber: 3, cells: ['Møller', 'x'] },
    ]);
  });

  it('skips empty rows and rows of separators alone, keeping the numbers of the rows after them', () => {
    const table = readCsvTable('a;b\n1;2\n\n;;\n3;4\n');
    expect(table.rows.map((row) => row.rowNumber)).toEqual([2, 5]);
  });

  it("follows Excel's sep= line and trims cells", () => {
    expect(readCsvTable('sep=,\r\na , b\r\n 1;x , 2 \r\n').rows).toEqual([{ rowNumber: 2, cells: ['1;x', '2'] }]);
  });

  it('takes rows with fewer or more cells than the header', () => {
    expect(readCsvTable('a;b;c\n1\n1;2;3;4\n').rows.map((row) => row.cells)).toEqual([['1'], ['1', '2', '3', '4']]);
  });

  it('refuses an empty file and names the line of a quote never closed', () => {
    expect(() => readCsvTable('')).toThrow(CsvTableError);
    expect(() => readCsvTable('\n;;\n')).toThrow('The file has no header row.');
    expect(() => readCsvTable('a;b\n1;2\n"3;4\n')).toThrow(new CsvTableError({ problem: 'malformed', line: 3 }));
  });

  it('reads back any table written with either separator, quoted as Excel quotes', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', 'ø', ' ', ';', ',', '"', '\n', 'x'), maxLength: 8 }).map((text) => text.trim()).filter((text) => text !== '');
    fc.assert(
      fc.property(fc.constantFrom(';', ','), fc.array(fc.array(cell, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 5 }), (separator, rows) => {
        const quote = (text: string) => (/[;,"\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
        const lines = [['Fornavn', 'Efternavn', 'E-mail'], ...rows].map((cells) => cells.map(quote).join(separator));
        const table = readCsvTable(`${lines.join('\r\n')}\r\n`);
        expect(table.rows.map((row) => row.cells)).toEqual(rows);
      }),
    );
  });
});
