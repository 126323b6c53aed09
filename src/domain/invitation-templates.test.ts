import { describe, expect, it } from 'vitest';
import { DEFAULT_INVITATION_TEMPLATES } from './invitation-templates.js';
import { SUPPORTED_LANGUAGES } from './languages.js';
import { TEMPLATE_VARIABLES, containsConfirmLink, unknownVariables } from './template.js';

describe('DEFAULT_INVITATION_TEMPLATES', () => {
  const templates = SUPPORTED_LANGUAGES.map((language) => [language, DEFAULT_INVITATION_TEMPLATES[language]] as const);

  it.each(templates)('uses only known variables in %s', (_language, template) => {
    expect(unknownVariables(template.subject)).toEqual([]);
    expect(unknownVariables(template.body)).toEqual([]);
  });

  it.each(templates)('leaves {confirmlink} to the "include a link" option in %s', (_language, template) => {
    expect(containsConfirmLink(template.subject)).toBe(false);
    expect(containsConfirmLink(template.body)).toBe(false);
  });

  it.each(templates)('tells the candidate everything about the interview and who writes in %s', (_language, template) => {
    const expected = TEMPLATE_VARIABLES.filter((variable) => !['lastname', 'fullname', 'confirmlink'].includes(variable));
    for (const variable of expected) expect(template.body).toContain(`{${variable}}`);
    expect(template.subject).toContain('{jobtitle}');
    expect(template.subject).toContain('{companyname}');
  });

  it.each(templates)('greets the candidate on the first line and signs off with the sender in %s', (_language, template) => {
    const lines = template.body.split('\n');
    expect(lines[0]).toContain('{firstname}');
    expect(lines.slice(-2)).toEqual(['{sender}', '{companyname}']);
  });
});
