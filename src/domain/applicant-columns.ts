import type { ApplicantField, ApplicantValues } from './applicant-fields.js';
import type { CsvRow } from './csv-table.js';

/** Column headings as Danish and English spreadsheets write them, compared without case, spaces, dashes or dots. */
const HEADINGS: Record<ApplicantField, string[]> = {
  firstName: ['fornavn', 'fornavne', 'firstname', 'givenname', 'forename'],
  lastName: ['efternavn', 'lastname', 'surname', 'familyname'],
  email: ['email', 'emailadresse', 'mail', 'mailadresse', 'emailaddress'],
  mobile: ['mobil', 'mobilnummer', 'mobilnr', 'mobiltelefon', 'telefon', 'telefonnummer', 'tlf', 'tlfnr', 'mobile', 'mobilenumber', 'mobilephone', 'phone', 'phonenumber', 'cellphone'],
  language: ['sprog', 'language', 'lang'],
};

export const REQUIRED_COLUMNS = ['firstName', 'lastName', 'email'] as const satisfies ApplicantField[];

const headingKey = (heading: string) => heading.trim().toLowerCase().replace(/[\s\-_.:*]/g, '');

const FIELD_BY_HEADING = new Map(
  (Object.entries(HEADINGS) as [ApplicantField, string[]][]).flatMap(([field, headings]) => headings.map((heading) => [heading, field] as const)),
);

export interface ApplicantColumns {
  /** The column of each field found; the first column of that name when there are several. */
  indexes: Partial<Record<ApplicantField, number>>;
  /** Required fields without a column. */
  missing: ApplicantField[];
  /** Headings Samtale does not read, as written. */
  ignored: string[];
}

export function applicantColumns(header: string[]): ApplicantColumns {
  const indexes: Partial<Record<ApplicantField, number>> = {};
  const ignored: string[] = [];
  header.forEach((heading, index) => {
    const field = FIELD_BY_HEADING.get(headingKey(heading));
    if (!field) {
      if (heading.trim() !== '') ignored.push(heading);
    } else if (indexes[field] === undefined) indexes[field] = index;
  });
  return { indexes, missing: REQUIRED_COLUMNS.filter((field) => indexes[field] === undefined), ignored };
}

/** A row's values by field; a field without a column, or a cell past the row's end, is empty. */
export function applicantValues(row: CsvRow, indexes: ApplicantColumns['indexes']): ApplicantValues {
  const cell = (field: ApplicantField) => {
    const index = indexes[field];
    return index === undefined ? '' : (row.cells[index] ?? '');
  };
  return { firstName: cell('firstName'), lastName: cell('lastName'), email: cell('email'), mobile: cell('mobile'), language: cell('language') };
}
