import { looksLikeEmailAddress } from './email-address.js';
import { isSupportedLanguage, type Language } from './languages.js';
import { normaliseMobileNumber } from './mobile-number.js';
import { normaliseEmail } from './user.js';

/** What a recruiter gives about an applicant, by hand or as a row of a file. */
export const APPLICANT_FIELDS = ['firstName', 'lastName', 'email', 'mobile', 'language'] as const;
export type ApplicantField = (typeof APPLICANT_FIELDS)[number];

export type ApplicantValues = Record<ApplicantField, string>;

export const APPLICANT_PROBLEMS = ['missing', 'invalid', 'too_long', 'not_mobile', 'unknown', 'repeated'] as const;
export type ApplicantProblem = { field: ApplicantField; problem: (typeof APPLICANT_PROBLEMS)[number] };

/** An applicant ready to store: names tidied, email lower-cased, mobile in E.164, a language Samtale speaks. */
export interface NewApplicant {
  firstName: string;
  lastName: string;
  email: string;
  mobile: string | null;
  language: Language;
}

export type ApplicantCheck = { ok: true; applicant: NewApplicant } | { ok: false; problems: ApplicantProblem[] };

export const MAX_NAME_LENGTH = 100;
export const MAX_EMAIL_LENGTH = 254;

/** Characters a spreadsheet cell holds when it lists several addresses or names one ("Navn <navn@firma.dk>"). */
const NOT_ONE_ADDRESS = /[",;<>()[\]\\]/;

/** How people write a language in a spreadsheet cell, in Danish, English or the language itself; codes too. */
const LANGUAGE_WORDS: Record<string, Language> = {
  dansk: 'da',
  danish: 'da',
  engelsk: 'en',
  english: 'en',
  svensk: 'sv',
  swedish: 'sv',
  svenska: 'sv',
  norsk: 'nb',
  norwegian: 'nb',
  bokmål: 'nb',
  no: 'nb',
};

/** The language a cell names, or undefined; "da-DK", "Dansk" and "DANISH" are all Danish. */
export function languageOfCell(cell: string): Language | undefined {
  const word = cell.trim().toLowerCase();
  const code = word.split(/[-_]/)[0] ?? '';
  if (isSupportedLanguage(code)) return code;
  return LANGUAGE_WORDS[word] ?? LANGUAGE_WORDS[code];
}

const tidyName = (name: string) => name.trim().replace(/\s+/g, ' ');

function nameProblem(field: 'firstName' | 'lastName', name: string): ApplicantProblem[] {
  if (name === '') return [{ field, problem: 'missing' }];
  return name.length > MAX_NAME_LENGTH ? [{ field, problem: 'too_long' }] : [];
}

/**
 * Whether an applicant can be added as given, and in what form: the one rule for a form filled in by hand and for a
 * row of an imported file. An empty mobile is allowed (no SMS then); an empty language is the organisation's default.
 */
export function checkApplicant(values: ApplicantValues, defaultLanguage: Language): ApplicantCheck {
  const firstName = tidyName(values.firstName);
  const lastName = tidyName(values.lastName);
  const email = normaliseEmail(values.email);
  const problems: ApplicantProblem[] = [...nameProblem('firstName', firstName), ...nameProblem('lastName', lastName)];

  if (email === '') problems.push({ field: 'email', problem: 'missing' });
  else if (email.length > MAX_EMAIL_LENGTH) problems.push({ field: 'email', problem: 'too_long' });
  else if (!looksLikeEmailAddress(email) || NOT_ONE_ADDRESS.test(email)) problems.push({ field: 'email', problem: 'invalid' });

  let mobile: string | null = null;
  if (values.mobile.trim() !== '') {
    const number = normaliseMobileNumber(values.mobile);
    if (number.ok) mobile = number.e164;
    else problems.push({ field: 'mobile', problem: number.reason === 'not_mobile' ? 'not_mobile' : 'invalid' });
  }

  const language = values.language.trim() === '' ? defaultLanguage : languageOfCell(values.language);
  if (!language) problems.push({ field: 'language', problem: 'unknown' });

  if (problems.length > 0 || !language) return { ok: false, problems };
  return { ok: true, applicant: { firstName, lastName, email, mobile, language } };
}
