import { describe, expect, it } from 'vitest';
import {
  TEMPLATE_VARIABLES,
  containsConfirmLink,
  htmlDocument,
  renderHtml,
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

describe('renderHtml', () => {
  it('makes paragraphs of text separated by blank lines and breaks of single newlines', () => {
    expect(renderHtml('Kære {firstname}\n\nDato: {interviewdate}\nTid: {interviewtime}', values)).toBe(
      '<p>Kære Søren</p>\n<p>Dato: mandag den 6. juli 2026<br>\nTid: 09.00–09.45 CEST</p>',
    );
  });

  it('takes lines of only spaces, several blank lines and Windows line endings as paragraph breaks', () => {
    expect(renderHtml('\r\nEt\r\n  \r\n\r\n\r\nTo\r\nTre\r\n\r\n', values)).toBe('<p>Et</p>\n<p>To<br>\nTre</p>');
  });

  it('escapes the text of the template', () => {
    expect(renderHtml(`Løn > 0 & "gode" <vilkår> i ${"'"}{companyname}${"'"}`, values)).toBe(
      '<p>Løn &gt; 0 &amp; &quot;gode&quot; &lt;vilkår&gt; i &#39;Nordhavn Byg A/S&#39;</p>',
    );
  });

  it('shows a value that looks like markup as visible text', () => {
    expect(renderHtml('Kære {firstname}', { ...values, firstname: '<script>alert(1)</script>' })).toBe(
      '<p>Kære &lt;script&gt;alert(1)&lt;/script&gt;</p>',
    );
  });

  it('breaks the line where a value holds a newline', () => {
    expect(renderHtml('Sted: {location}', { ...values, location: 'Nordhavnsvej 1\n2150 Nordhavn' })).toBe('<p>Sted: Nordhavnsvej 1<br>2150 Nordhavn</p>');
  });

  it('makes the confirmation link a link to its escaped address', () => {
    const url = 'https://samtale.example/a/tok3n?x=1&amp;y=2';
    expect(renderHtml('Svar her: {ConfirmLink}', values)).toBe(`<p>Svar her: <a href="${url}">${url}</a></p>`);
  });

  it('writes no empty link when there is no confirmation link', () => {
    expect(renderHtml('Svar her: {confirmlink}', { ...values, confirmlink: '' })).toBe('<p>Svar her: </p>');
  });

  it('inserts a value without reading variables in it', () => {
    expect(renderHtml('{firstname}', { ...values, firstname: '{confirmlink}' })).toBe('<p>{confirmlink}</p>');
  });

  it('leaves unknown variables as written', () => {
    expect(renderHtml('{fornavn}', values)).toBe('<p>{fornavn}</p>');
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
