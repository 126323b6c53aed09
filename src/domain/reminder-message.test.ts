import { describe, expect, it } from 'vitest';
import { reminderEmailBody, renderReminderEmail } from './reminder-message.js';
import { DEFAULT_REMINDER_EMAIL_TEMPLATES } from './reminder-templates.js';
import { TEMPLATE_VARIABLES, type TemplateValues } from './template.js';

describe('reminderEmailBody', () => {
  it('puts the signature after the body, with one blank line between', () => {
    expect(reminderEmailBody('Kære Søren\n\nHusk din samtale.', 'Venlig hilsen\n{sender}')).toBe(
      'Kære Søren\n\nHusk din samtale.\n\nVenlig hilsen\n{sender}',
    );
  });

  it('gives the body alone, without a blank line or trailing whitespace, when the signature is empty', () => {
    expect(reminderEmailBody('Husk din samtale.', '')).toBe('Husk din samtale.');
    expect(reminderEmailBody('Husk din samtale.\n\n', '')).toBe('Husk din samtale.');
    expect(reminderEmailBody('Husk din samtale.  \n', '  \n\t\n')).toBe('Husk din samtale.');
  });

  it('keeps exactly one blank line between them however many the recruiter left at the seam', () => {
    expect(reminderEmailBody('Husk din samtale.\n\n\n  \n', '\n\n  \nVenlig hilsen\nAnna  \n\n')).toBe(
      'Husk din samtale.\n\nVenlig hilsen\nAnna',
    );
    expect(reminderEmailBody('Husk din samtale.\r\n\r\n', '\r\nVenlig hilsen\r\nAnna\r\n')).toBe(
      'Husk din samtale.\n\nVenlig hilsen\r\nAnna',
    );
  });

  it('gives the signature alone when the body is empty', () => {
    expect(reminderEmailBody('', 'Venlig hilsen\nAnna')).toBe('Venlig hilsen\nAnna');
    expect(reminderEmailBody('  \n', 'Venlig hilsen\nAnna')).toBe('Venlig hilsen\nAnna');
  });

  it('gives an empty text when both are empty', () => {
    expect(reminderEmailBody('', '')).toBe('');
  });

  it('leaves the blank lines inside the body and the signature, and the indent of their first lines, as written', () => {
    expect(reminderEmailBody('  Kære Søren\n\n\nHusk din samtale.', '  Venlig hilsen\n\nAnna')).toBe(
      '  Kære Søren\n\n\nHusk din samtale.\n\n  Venlig hilsen\n\nAnna',
    );
  });
});

describe('renderReminderEmail', () => {
  it('looks like the invitation: the organisation on top, the link a button before the signature, the text part plain', () => {
    const values = { ...Object.fromEntries(TEMPLATE_VARIABLES.map((variable) => [variable, variable])), companyname: 'Nordhavn & Co', confirmlink: 'https://s.example/i/t' } as TemplateValues;
    const { text, html } = renderReminderEmail(DEFAULT_REMINDER_EMAIL_TEMPLATES.da, values, 'da', null);
    expect(html).toContain('font-weight:bold;color:#1f5f5b;">Nordhavn &amp; Co</div>');
    expect(html.indexOf('>Svar på invitationen</a>')).toBeGreaterThan(0);
    expect(html.indexOf('>Svar på invitationen</a>')).toBeLessThan(html.indexOf('Venlig hilsen'));
    expect(text).toContain('Giv os besked her: https://s.example/i/t');
    expect(text).not.toContain('<');
  });
});
