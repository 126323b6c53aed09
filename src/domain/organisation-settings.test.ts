import { describe, expect, it } from 'vitest';
import { checkedSettings, type OrganisationSettings } from './organisation-settings.js';

const settings: OrganisationSettings = {
  name: 'Nordhavn Byg A/S',
  timeZone: 'Europe/Copenhagen',
  defaultLanguage: 'da',
  languages: ['da', 'en'],
  smsEnabled: false,
  defaultSenderAddress: 'jobs@nordhavn.example',
  defaultSenderName: null,
};

describe('checkedSettings', () => {
  it('keeps settings that follow the rules, trimmed and with the zone spelled canonically', () => {
    const result = checkedSettings({ ...settings, name: ' Nordhavn Byg A/S ', timeZone: 'europe/copenhagen', defaultSenderName: ' Rekruttering ' });
    expect(result).toEqual({ ok: true, settings: { ...settings, defaultSenderName: 'Rekruttering' } });
  });

  it('reads a blank sender name as none, so the organisation’s name is used', () => {
    expect(checkedSettings({ ...settings, defaultSenderName: '  ' })).toMatchObject({ ok: true, settings: { defaultSenderName: null } });
  });

  it('refuses a time zone that does not exist', () => {
    expect(checkedSettings({ ...settings, timeZone: 'Europe/Aarhus' })).toMatchObject({ ok: false, problem: { field: 'timeZone' } });
  });

  it('refuses a default language that is not offered', () => {
    expect(checkedSettings({ ...settings, defaultLanguage: 'sv' })).toMatchObject({ ok: false, problem: { field: 'defaultLanguage' } });
  });

  it('refuses offering no language at all', () => {
    expect(checkedSettings({ ...settings, languages: [] })).toMatchObject({ ok: false, problem: { field: 'languages' } });
  });

  it('refuses a name of spaces only', () => {
    expect(checkedSettings({ ...settings, name: '   ' })).toMatchObject({ ok: false, problem: { field: 'name' } });
  });
});
