import { describe, expect, it } from 'vitest';
import {
  BOOKING_INVITATION_VARIABLES,
  TEMPLATE_VARIABLES,
  containsConfirmLink,
  htmlDocument,
  renderText,
  unknownVariables,
  type TemplateValues,
} from './template.js';

const values: TemplateValues = {
  firstname: 'Søren',
  lastname: 'Ågård',
  fullname: 'Søren Ågård',
  jobtitle: 'Tømrer',
  companyname: 'Nordhavn Byg A/S',
  interviewtype: 'personlig samtale',
  interviewdate: 'mandag den 6. juli 2026',
  interviewtime: '09.00–09.45 CEST',
  duration: '45 minutter',
  location: 'Nordhavnsvej 1, København',
  recruiters: 'Anna Holm og Bo Lindqvist',
  sender: 'Anna Holm',
  confirmlink: 'https://samtale.example/a/tok3n?x=1&y=2',
};

describe('unknownVariables', () => {
  it('finds nothing in a template that uses only known variables', () => {
    expect(unknownVariables(TEMPLATE_VARIABLES.map((name) => `{${name}}`).join(' '))).toEqual([]);
  });

  it('knows variables whatever their case', () => {
    expect(unknownVariables('Hej {FirstName} {CONFIRMLINK}')).toEqual([]);
  });

  it('returns each unknown name once, as written, in order of appearance', () => {
    expect(unknownVariables('{Fornavn} {job_title} {fornavn} {Fornavn} {stilling2}')).toEqual(['Fornavn', 'job_title', 'fornavn', 'stilling2']);
  });

  it('reports names written with letters outside ASCII', () => {
    expect(unknownVariables('Kære {første_navn}')).toEqual(['første_navn']);
  });

  it('ignores braces that do not enclose a name', () => {
    expect(unknownVariables('{} { firstname } {first-name} {{firstname}}')).toEqual([]);
  });

  it('counts the booking deadline as unknown in an interview letter, which has no deadline to tell', () => {
    expect(unknownVariables('Svar senest {BookingDeadline}')).toEqual(['BookingDeadline']);
  });

  it('knows the booking deadline and every other variable in an invitation to book', () => {
    expect(unknownVariables(`Book senest {bookingdeadline}: {confirmlink} {nope}`, BOOKING_INVITATION_VARIABLES)).toEqual(['nope']);
  });
});

describe('containsConfirmLink', () => {
  it('finds the variable in any case', () => {
    expect(containsConfirmLink('Svar her: {confirmlink}')).toBe(true);
    expect(containsConfirmLink('Svar her: {ConfirmLink}')).toBe(true);
  });

  it('does not take similar text for the variable', () => {
    expect(containsConfirmLink('confirmlink {confirm_link} {confirmlinks}')).toBe(false);
  });
});

describe('renderText', () => {
  it('substitutes every known variable, whatever its case, and leaves the rest of the text alone', () => {
    expect(renderText('Kære {firstname} {LASTNAME},\n\n{fullName} – {jobtitle}!', values)).toBe('Kære Søren Ågård,\n\nSøren Ågård – Tømrer!');
  });

  it('substitutes a variable each time it occurs', () => {
    expect(renderText('{sender}, {sender}', values)).toBe('Anna Holm, Anna Holm');
  });

  it('leaves unknown variables as written', () => {
    expect(renderText('{fornavn} {firstname}', values)).toBe('{fornavn} Søren');
  });

  it('inserts a value verbatim without reading variables in it', () => {
    const rendered = renderText('Hej {firstname}, svar her: {confirmlink}', { ...values, firstname: '{confirmlink} {lastname}' });
    expect(rendered).toBe('Hej {confirmlink} {lastname}, svar her: https://samtale.example/a/tok3n?x=1&y=2');
  });

  it('does not escape HTML in the plain-text part', () => {
    expect(renderText('<{firstname}>', { ...values, firstname: 'A & B' })).toBe('<A & B>');
  });
});

describe('htmlDocument', () => {
  const document = htmlDocument('<p>Hej</p>', 'sv');

  it('wraps the body in a UTF-8 document in the given language', () => {
    expect(document.startsWith('<!doctype html>\n<html lang="sv">')).toBe(true);
    expect(document).toContain('<meta http-equiv="Content-Type" content="text/html; charset=utf-8">');
    expect(document).toContain('<p>Hej</p>');
    expect(document.trimEnd().endsWith('</html>')).toBe(true);
  });

  it('styles inline and loads nothing from elsewhere', () => {
    expect(document).not.toMatch(/<style|<link|<script|<img|url\(|https?:/i);
    expect(document).toMatch(/<div style="[^"]*font-family:/);
  });
});
