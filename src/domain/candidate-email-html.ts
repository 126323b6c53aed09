import { TEXTS } from './i18n.js';
import type { Language } from './languages.js';
import type { EmailLogo } from './organisation-logo.js';
import { escapeHtml, htmlDocument, paragraphsOf, renderHtmlLine, type LetterValues } from './template.js';

// Inline styles only: several email clients strip <style> blocks. Tables lay out what they must, as Outlook needs.
const ACCENT = '#1f5f5b';
const MUTED = '#555555';

// "Dato: {interviewdate}": a label of a few words (variables too: "Fra {companyname} deltager"), a colon, a space and what follows. A paragraph of such lines is the
// interview's details, as every shipped template and most recruiters write them.
const DETAIL_LINE = /^([^:]{1,60}):[ \t]+(\S.*)$/;
// A line that ends in the link ("Svar venligst på invitationen her: {confirmlink}") gets the button.
const ENDS_IN_LINK = /\{confirmlink\}\s*$/iu;

function detailsTable(lines: string[], values: LetterValues): string {
  const rows = lines.map((line) => {
    const [, label = '', value = ''] = DETAIL_LINE.exec(line.trim()) ?? [];
    return (
      `<tr><td style="padding:4px 16px 4px 0;color:${MUTED};vertical-align:top;">${renderHtmlLine(label, values)}</td>` +
      `<td style="padding:4px 0;font-weight:bold;vertical-align:top;">${renderHtmlLine(value, values)}</td></tr>`
    );
  });
  return [
    `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:0 0 16px;padding:12px 16px;background-color:#f2f6f5;border-left:4px solid ${ACCENT};border-collapse:separate;">`,
    ...rows,
    '</table>',
  ].join('\n');
}

function linkButton(link: string, language: Language): string {
  const url = escapeHtml(link);
  return [
    `<table role="presentation" cellpadding="0" cellspacing="0" style="margin:4px 0 8px;"><tr><td style="border-radius:6px;background-color:${ACCENT};">`,
    `<a href="${url}" style="display:inline-block;padding:12px 24px;font-weight:bold;color:#ffffff;text-decoration:none;">${escapeHtml(TEXTS[language].confirmLinkButton)}</a>`,
    '</td></tr></table>',
    `<p style="margin:0 0 16px;font-size:13px;color:${MUTED};">${escapeHtml(TEXTS[language].confirmLinkAddress)}<br>`,
    `<a href="${url}" style="color:${ACCENT};word-break:break-all;">${url}</a></p>`,
  ].join('\n');
}

/** A paragraph as HTML: lines joined by breaks, and a line ending in the link split into its words and the button. */
function paragraph(lines: string[], values: LetterValues, language: Language): string {
  const blocks: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length > 0) blocks.push(`<p style="margin:0 0 16px;">${run.join('<br>\n')}</p>`);
    run = [];
  };
  for (const line of lines) {
    if (values.confirmlink !== '' && ENDS_IN_LINK.test(line)) {
      const words = line.replace(ENDS_IN_LINK, '').trim();
      if (words !== '') run.push(renderHtmlLine(words, values));
      flush();
      blocks.push(linkButton(values.confirmlink, language));
    } else {
      run.push(renderHtmlLine(line, values));
    }
  }
  flush();
  return blocks.join('\n');
}

// The logo at its size fitted into 240 × 80 px, given as attributes too: Outlook on Windows ignores CSS sizes and would
// show a large image at its full size. The name follows below it.
function header(companyName: string, logo: EmailLogo | null): string {
  const name = escapeHtml(companyName);
  const image = logo
    ? `<img src="${escapeHtml(logo.url)}" alt="${name}" width="${logo.width}" height="${logo.height}" style="display:block;width:${logo.width}px;height:${logo.height}px;max-width:100%;margin:0 0 8px;border:0;">\n`
    : '';
  return `<div style="padding:0 0 12px;margin:0 0 24px;border-bottom:3px solid ${ACCENT};font-size:20px;font-weight:bold;color:${ACCENT};">${image}${name}</div>`;
}

/**
 * The HTML part of an email to a candidate (invitation, reminder, moved or cancelled interview), made to look like it
 * comes from a real company: the organisation's logo, if it has one, and name at the top, the interview's details as a
 * block, and the confirmation link as a button with its plain address below for mail programs that show no buttons.
 * The text stays in its order; every value is escaped.
 */
export function candidateEmailHtml(body: string, values: LetterValues, language: Language, logo: EmailLogo | null = null): string {
  const blocks = paragraphsOf(body).map((lines) =>
    lines.length >= 2 && lines.every((line) => DETAIL_LINE.test(line.trim()) && !ENDS_IN_LINK.test(line)) ? detailsTable(lines, values) : paragraph(lines, values, language),
  );
  return htmlDocument([header(values.companyname, logo), ...blocks].join('\n'), language);
}
