import { describe, expect, it } from 'vitest';
import { DEFAULT_INVITATION_TEMPLATES } from './invitation-templates.js';
import { candidateEmailHtml } from './candidate-email-html.js';
import { withConfirmLink } from './confirm-link.js';
import type { TemplateValues } from './template.js';

const values: TemplateValues = {
  firstname: 'Mette',
  lastname: 'Sørensen',
  fullname: 'Mette Sørensen',
  jobtitle: 'Projektleder',
  companyname: 'Smith & Søn <A/S>',
  interviewtype: 'personlig samtale',
  interviewdate: 'mandag den 7. december 2026',
  interviewtime: '10.00–10.45 CET',
  duration: '45 minutter',
  location: 'Nordhavnsvej 1\n2150 Nordhavn',
  recruiters: 'Anna Holm',
  sender: 'Anna Holm',
  confirmlink: 'https://samtale.example/i/abc?x=1&y=2',
};

const bodyOf = (html: string) => html.slice(html.indexOf('<body'), html.indexOf('</body>'));

describe('candidateEmailHtml', () => {
  const html = candidateEmailHtml(withConfirmLink(DEFAULT_INVITATION_TEMPLATES.da.body, 'da'), values, 'da');

  it("opens with the organisation's name, escaped", () => {
    expect(bodyOf(html)).toMatch(/^<body[^>]*>\n<div[^>]*>\n<div style="[^"]*font-size:20px[^"]*">Smith &amp; Søn &lt;A\/S&gt;<\/div>\n<p/);
  });

  it("shows the interview's details as a block of labels and values, each value escaped", () => {
    expect(html).toContain('<td style="padding:4px 16px 4px 0;color:#555555;vertical-align:top;">Dato</td><td style="padding:4px 0;font-weight:bold;vertical-align:top;">mandag den 7. december 2026</td>');
    expect(html).toContain('>Nordhavnsvej 1<br>2150 Nordhavn</td>');
    expect(html).toContain('>Fra Smith &amp; Søn &lt;A/S&gt; deltager</td>');
  });

  it('makes the link a button with its plain address below, before the signature', () => {
    const link = 'https://samtale.example/i/abc?x=1&amp;y=2';
    expect(html).toContain(`<p style="margin:0 0 16px;">Svar venligst på invitationen her:</p>\n<table role="presentation"`);
    expect(html).toContain(`<a href="${link}" style="display:inline-block;padding:12px 24px;font-weight:bold;color:#ffffff;text-decoration:none;">Svar på invitationen</a>`);
    expect(html).toContain(`Virker knappen ikke, kan du åbne denne adresse:<br>\n<a href="${link}" style="color:#1f5f5b;word-break:break-all;">${link}</a></p>`);
    expect(html.indexOf('Svar på invitationen</a>')).toBeLessThan(html.indexOf('Venlig hilsen'));
    expect(html.match(/<a /g)).toHaveLength(2);
  });

  it('escapes what a candidate or recruiter wrote and leaves a link mid-sentence a plain link', () => {
    const written = candidateEmailHtml('Kære {firstname} <b>\n\nKlik {confirmlink} for at svare.', { ...values, firstname: '<script>x</script>' }, 'en');
    expect(written).toContain('<p style="margin:0 0 16px;">Kære &lt;script&gt;x&lt;/script&gt; &lt;b&gt;</p>');
    expect(written).toContain('Klik <a href="https://samtale.example/i/abc?x=1&amp;y=2">https://samtale.example/i/abc?x=1&amp;y=2</a> for at svare.');
    expect(written).not.toContain('<script>');
  });

  it('has no image without a logo: the name alone heads it', () => {
    expect(html).not.toContain('<img');
  });

  it('shows no button when there is no link', () => {
    const without = candidateEmailHtml('Svar her: {confirmlink}', { ...values, confirmlink: '' }, 'da');
    expect(without).not.toContain('<a ');
  });
});

describe("candidateEmailHtml with the organisation's logo", () => {
  const logo = { url: 'https://samtale.example/logos/3f2a.png?v="1"&x=<2>', width: 240, height: 64 };
  const html = candidateEmailHtml('Kære {firstname}', values, 'da', logo);

  it('shows the logo above the name, with the name as its alt text, all escaped', () => {
    expect(bodyOf(html)).toMatch(
      /^<body[^>]*>\n<div[^>]*>\n<div style="[^"]*font-size:20px[^"]*"><img src="https:\/\/samtale\.example\/logos\/3f2a\.png\?v=&quot;1&quot;&amp;x=&lt;2&gt;" alt="Smith &amp; Søn &lt;A\/S&gt;" [^>]*>\nSmith &amp; Søn &lt;A\/S&gt;<\/div>\n<p/,
    );
  });

  it('gives its size as attributes, which Outlook heeds, and in the style, never wider than the screen', () => {
    expect(html).toContain('width="240" height="64" style="display:block;width:240px;height:64px;max-width:100%;');
  });

  it('shows one image, and nothing else changes', () => {
    expect(html.match(/<img /g)).toHaveLength(1);
    expect(html.replace(/<img [^>]*>\n/, '')).toBe(candidateEmailHtml('Kære {firstname}', values, 'da'));
  });
});

/** What the recruiter's text became, after the organisation's name and without the styles. */
function paragraphs(body: string, given: TemplateValues = values): string {
  const html = candidateEmailHtml(body, given, 'da');
  return html.slice(html.indexOf('</div>\n') + '</div>\n'.length, html.lastIndexOf('\n</div>')).replace(/ style="[^"]*"/g, '');
}

describe('the text of a candidate email as HTML', () => {
  it('makes paragraphs of text separated by blank lines and breaks of single newlines', () => {
    expect(paragraphs('Kære {firstname}\n\nVi ses {interviewdate}\nkl. {interviewtime}')).toBe(
      '<p>Kære Mette</p>\n<p>Vi ses mandag den 7. december 2026<br>\nkl. 10.00–10.45 CET</p>',
    );
  });

  it('takes lines of only spaces, several blank lines and Windows line endings as paragraph breaks', () => {
    expect(paragraphs('\r\nEt\r\n  \r\n\r\n\r\nTo\r\nTre\r\n\r\n')).toBe('<p>Et</p>\n<p>To<br>\nTre</p>');
  });

  it('escapes the text of the template', () => {
    expect(paragraphs(`Løn > 0 & "gode" <vilkår> i ${"'"}{jobtitle}${"'"}`)).toBe('<p>Løn &gt; 0 &amp; &quot;gode&quot; &lt;vilkår&gt; i &#39;Projektleder&#39;</p>');
  });

  it('breaks the line where a value holds a newline', () => {
    expect(paragraphs('Sted: {location}')).toBe('<p>Sted: Nordhavnsvej 1<br>2150 Nordhavn</p>');
  });

  it('reads {confirmlink} in any case', () => {
    expect(paragraphs('Klik {ConfirmLink} nu')).toBe('<p>Klik <a href="https://samtale.example/i/abc?x=1&amp;y=2">https://samtale.example/i/abc?x=1&amp;y=2</a> nu</p>');
  });

  it('writes no empty link when there is no confirmation link', () => {
    expect(paragraphs('Svar her: {confirmlink}', { ...values, confirmlink: '' })).toBe('<p>Svar her: </p>');
  });

  it('inserts a value without reading variables in it', () => {
    expect(paragraphs('{firstname}', { ...values, firstname: '{confirmlink}' })).toBe('<p>{confirmlink}</p>');
  });

  it('leaves unknown variables as written', () => {
    expect(paragraphs('{fornavn}')).toBe('<p>{fornavn}</p>');
  });
});
