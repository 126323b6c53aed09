import { Type } from 'typebox';
import { APPLICANT_FIELDS, APPLICANT_PROBLEMS } from '../../../domain/applicant-fields.js';
import { Id } from '../../schemas.js';
import { ApplicationListItem } from '../projects/schemas.js';

/** Beyond any real spreadsheet of 5,000 applicants, and small enough to read into memory. */
export const MAX_CSV_BYTES = 5 * 1024 * 1024;

// Generous bounds: the rules for each field (src/domain/applicant-fields.ts) answer with the field named.
export const NewApplicantBody = Type.Object(
  {
    firstName: Type.String({ maxLength: 300 }),
    lastName: Type.String({ maxLength: 300 }),
    email: Type.String({ maxLength: 300 }),
    mobile: Type.Optional(Type.String({ maxLength: 50, description: 'Any common form; read as Danish without a country code, stored in E.164.' })),
    language: Type.Optional(Type.String({ maxLength: 30, description: "da, en, sv or nb (or the language's name); the organisation's default when left out." })),
  },
  { additionalProperties: false },
);

const CandidateOutcome = Type.Enum(['new_candidate', 'existing_candidate'], { description: 'Whether a candidate was made, or the one of the organisation with this email reused as stored.' });

export const AddedApplicantResponse = Type.Object({ application: ApplicationListItem, candidateOutcome: CandidateOutcome });

export const CsvBody = {
  content: {
    'text/csv': {
      schema: Type.String({
        description:
          'The CSV file as it is: separated by ";", "," or tabs, in UTF-8 (with or without BOM), UTF-16 with BOM or Windows-1252, with a header row naming the columns in Danish or English (Fornavn/First name, Efternavn/Last name, E-mail, Mobil/Mobile, Sprog/Language). At most 5 MB and 5,000 rows.',
      }),
    },
  },
};

export const ImportQuery = Type.Object(
  { planId: Type.Optional(Type.String({ maxLength: 100, description: "The preview's planId: the import is refused (409) if the file would now be imported otherwise." })) },
  { additionalProperties: false },
);

const ImportRow = Type.Object({
  rowNumber: Type.Integer({ description: 'As the spreadsheet numbers it: the header is row 1.' }),
  values: Type.Object(Object.fromEntries(APPLICANT_FIELDS.map((field) => [field, Type.String()])), { description: 'The cells as written.' }),
  outcome: Type.Enum(['new_candidate', 'existing_candidate', 'already_in_project', 'error']),
  problems: Type.Array(Type.Object({ field: Type.Enum([...APPLICANT_FIELDS]), problem: Type.Enum([...APPLICANT_PROBLEMS]) })),
  candidateId: Type.Union([Id, Type.Null()], { description: 'The candidate reused, for a known email.' }),
});

const importPlanProperties = {
  planId: Type.String(),
  rows: Type.Array(ImportRow),
  counts: Type.Object({ new_candidate: Type.Integer(), existing_candidate: Type.Integer(), already_in_project: Type.Integer(), error: Type.Integer() }),
  ignoredColumns: Type.Array(Type.String(), { description: 'Headings of columns Samtale does not read.' }),
};

export const ImportPreviewResponse = Type.Object(importPlanProperties);
export const ImportResponse = Type.Object({ ...importPlanProperties, imported: Type.Integer({ description: 'Applications made.' }) });
