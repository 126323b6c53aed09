import type { Language } from './languages.js';

/** The variables a recruiter may write in an email template, as `{name}`. */
export const TEMPLATE_VARIABLES = [
  'firstname',
  'lastname',
  'fullname',
  'jobtitle',
  'companyname',
  'interviewtype',
  'interviewdate',
  'interviewtime',
  'duration',
  'location',
  'recruiters',
  'sender',
  'confirmlink',
] as const;
/**
 * An invitation to book a time (booking-offer.ts) may also say until when the candidate can book. Its
 * `{interviewdate}` and `{interviewtime}` are the offered period, and its link leads to the booking page.
 */
export const BOOKING_INVITATION_VARIABLES = [...TEMPLATE_VARIABLES, 'bookingdeadline'] as const;
export type TemplateVariable = (typeof BOOKING_INVITATION_VARIABLES)[number];
export type TemplateValues = Record<(typeof TEMPLATE_VARIABLES)[number], string> & { bookingdeadline?: string };

// Letters in any script count, so that a misspelt `{første_navn}` is reported as unknown rather than left silently.
const VARIABLE = /\{([\p{L}\p{N}_]+)\}/gu;

// Recruiters write `{FirstName}` as often as `{firstname}`; both must work.
function asKnownVariable(name: string): TemplateVariable | undefined {
  const lower = name.toLowerCase();
  return BOOKING_INVITATION_VARIABLES.find((variable) => variable === lower);
}

function namesWritten(text: string): string[] {
  return Array.from(text.matchAll(VARIABLE), (match) => match[1] ?? '');
}

/** The variables written that this kind of text cannot use: `known` is TEMPLATE_VARIABLES but for an invitation to book. */
export function unknownVariables(text: string, known: readonly TemplateVariable[] = TEMPLATE_VARIABLES): string[] {
  const isKnown = (name: string) => {
    const variable = asKnownVariable(name);
    return variable !== undefined && known.includes(variable);
  };
  return [...new Set(namesWritten(text).filter((name) => !isKnown(name)))];
}

export function containsVariable(text: string, variable: TemplateVariable): boolean {
  return namesWritten(text).some((name) => asKnownVariable(name) === variable);
}

export function containsConfirmLink(text: string): boolean {
  return containsVariable(text, 'confirmlink');
}

/**
 * Samtale's own wording of a moved or cancelled interview also passes on the recruiter's message as `{message}`.
 * Recruiters' templates cannot use it: without a message among the values, `{message}` stays as written.
 */
export type LetterValues = TemplateValues & { message?: string };
type LetterVariable = TemplateVariable | 'message';

function variableOf(name: string, values: LetterValues): LetterVariable | undefined {
  return asKnownVariable(name) ?? (name.toLowerCase() === 'message' && values.message !== undefined ? 'message' : undefined);
}

// One pass of String.replace: an inserted value is never scanned again, so a candidate's name cannot inject variables.
function substitute(text: string, values: LetterValues, render: (variable: LetterVariable) => string): string {
  return text.replace(VARIABLE, (written, name: string) => {
    const variable = variableOf(name, values);
    return variable === undefined ? written : render(variable);
  });
}

export function renderText(template: string, values: LetterValues): string {
  return substitute(template, values, (variable) => values[variable] ?? '');
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => HTML_ESCAPES[character] ?? character);
}

function htmlValue(variable: LetterVariable, values: LetterValues): string {
  const value = values[variable] ?? '';
  if (variable !== 'confirmlink') return escapeHtml(value).replace(/\r\n?|\n/g, '<br>');
  // An empty anchor would be an invisible, unclickable line in the email.
  if (value === '') return '';
  const url = escapeHtml(value);
  return `<a href="${url}">${url}</a>`;
}

// Lines that are empty or hold only spaces separate paragraphs, as they do to the recruiter reading the template.
export function paragraphsOf(text: string): string[][] {
  const paragraphs: string[][] = [];
  let current: string[] = [];
  for (const line of text.split(/\r\n?|\n/)) {
    if (line.trim() !== '') {
      current.push(line);
    } else if (current.length > 0) {
      paragraphs.push(current);
      current = [];
    }
  }
  if (current.length > 0) paragraphs.push(current);
  return paragraphs;
}

/** One line of a template as HTML: the recruiter's text and every value escaped, the link a link. */
export function renderHtmlLine(line: string, values: LetterValues): string {
  // Escaping leaves braces and names alone, so variables are found in the escaped line just as in the plain one.
  return substitute(escapeHtml(line), values, (variable) => htmlValue(variable, values));
}

// Inline styles only, and nothing fetched from elsewhere: several email clients strip <style> blocks and block remote content.
export function htmlDocument(bodyFragment: string, language: Language): string {
  return [
    '<!doctype html>',
    `<html lang="${language}">`,
    '<head>',
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '</head>',
    '<body style="margin:0;padding:0;background-color:#ffffff;">',
    '<div style="max-width:600px;padding:24px;font-family:Arial,Helvetica,sans-serif;font-size:15px;line-height:1.5;color:#222222;">',
    bodyFragment,
    '</div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
