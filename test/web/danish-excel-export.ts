import iconv from 'iconv-lite';

const FIRST_NAMES = ['Søren', 'Åse', 'Ærø', 'Jørgen', 'Mette', 'Ida', 'Frederik', 'Sofie', 'Lærke', 'Mads'];
/**
 * "CSV (semikolonsepareret)" from a Danish Excel: Windows-1252, CRLF, one column Samtale does not read. 21 rows:
 * 20 good applicants ("Søren Østergård 1" … "Mads Østergård 20", import<n>@mail.example, languages written as Dansk,
 * Engelsk, da and sv in turn) and, as row 12 of the sheet, Bjørn Kærgård, whose address has no @.
 */
export function danishExcelExport(): Buffer {
  const rows = Array.from({ length: 20 }, (_, n) => {
    const language = ['Dansk', 'Engelsk', 'da', 'sv'][n % 4];
    return `${FIRST_NAMES[n % 10]};Østergård ${n + 1};import${n + 1}@mail.example;20 12 ${String(34 + n).padStart(2, '0')} 56;${language};Tømrer`;
  });
  // Row 12 of the sheet: an address without an @.
  rows.splice(10, 0, 'Bjørn;Kærgård;bjoern.mail.example;;Dansk;Tømrer');
  return iconv.encode(['Fornavn;Efternavn;E-mail;Mobil;Sprog;Stilling', ...rows, ''].join('\r\n'), 'windows-1252');
}
