import type { Organisation } from './organisation.js';
import { canonicalTimeZone } from './time-zone.js';

export type OrganisationSettings = Omit<Organisation, 'id'>;

export interface SettingsProblem {
  field: keyof OrganisationSettings;
  message: string;
}

/**
 * Settings made fit to keep: the time zone in its canonical spelling and the names trimmed, or the first problem
 * found. The default language must be one of those offered, since candidates without one of theirs get it.
 */
export function checkedSettings(settings: OrganisationSettings): { ok: true; settings: OrganisationSettings } | { ok: false; problem: SettingsProblem } {
  const timeZone = canonicalTimeZone(settings.timeZone);
  if (timeZone === null) return { ok: false, problem: { field: 'timeZone', message: 'is not an IANA time zone, such as Europe/Copenhagen.' } };
  const name = settings.name.trim();
  if (name === '') return { ok: false, problem: { field: 'name', message: 'must not be empty.' } };
  if (settings.languages.length === 0) return { ok: false, problem: { field: 'languages', message: 'must offer at least one language.' } };
  if (!settings.languages.includes(settings.defaultLanguage)) {
    return { ok: false, problem: { field: 'defaultLanguage', message: 'must be one of the languages offered.' } };
  }
  const senderName = settings.defaultSenderName?.trim() || null;
  return {
    ok: true,
    settings: { ...settings, name, timeZone, languages: [...new Set(settings.languages)], defaultSenderAddress: settings.defaultSenderAddress.trim(), defaultSenderName: senderName },
  };
}
