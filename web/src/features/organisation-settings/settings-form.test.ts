import { describe, expect, it } from 'vitest';
import { formValues, settingsChanges, settingsSchema } from './settings-form';

const settings = {
  name: 'Nordhavn Byg A/S',
  timeZone: 'Europe/Copenhagen',
  defaultLanguage: 'da' as const,
  languages: ['da' as const, 'en' as const],
  defaultSenderAddress: 'jobs@nordhavn.example',
  defaultSenderName: null,
  smsEnabled: true,
};

const problems = (values: object) => {
  const result = settingsSchema.safeParse({ ...formValues(settings), ...values });
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
};

describe('the settings form', () => {
  it('starts from the saved settings, with no sender name as an empty field', () => {
    expect(formValues(settings).defaultSenderName).toBe('');
    expect(problems({})).toEqual([]);
  });

  it('wants the default language among those offered, and at least one offered', () => {
    expect(problems({ defaultLanguage: 'sv' })).toEqual(['defaultLanguage: defaultNotOffered']);
    expect(problems({ languages: [] })).toEqual(['languages: languagesMissing']);
  });

  it('wants a name and a sender address that looks like one', () => {
    expect(problems({ name: ' ', defaultSenderAddress: 'jobs' })).toEqual(['name: nameMissing', 'defaultSenderAddress: emailInvalid']);
  });

  it('sends a blank sender name as none, so the organisation’s name is used', () => {
    expect(settingsChanges({ ...formValues(settings), defaultSenderName: '  ' }).defaultSenderName).toBeNull();
    expect(settingsChanges({ ...formValues(settings), defaultSenderName: ' Rekruttering ' }).defaultSenderName).toBe('Rekruttering');
  });
});
