import * as z from 'zod/mini';
import { SUPPORTED_LANGUAGES } from '@domain/languages';
import type { Answer, Body } from '../../api/types';

export type OrganisationSettings = Answer<'/api/organisation/settings'>;
type SettingsChanges = Body<'/api/organisation/settings', 'patch'>;

/** The settings form; messages are catalog keys under `organisation-settings:errors`. */
export const settingsSchema = z
  .object({
    name: z.string().check(z.trim(), z.minLength(1, 'nameMissing')),
    timeZone: z.string().check(z.minLength(1, 'timeZoneMissing')),
    languages: z.array(z.enum(SUPPORTED_LANGUAGES)).check(z.minLength(1, 'languagesMissing')),
    defaultLanguage: z.enum(SUPPORTED_LANGUAGES),
    defaultSenderAddress: z.pipe(z.string().check(z.trim(), z.minLength(1, 'emailMissing')), z.email('emailInvalid')),
    defaultSenderName: z.string(),
    smsEnabled: z.boolean(),
  })
  .check(
    z.refine((settings) => settings.languages.length === 0 || settings.languages.includes(settings.defaultLanguage), {
      message: 'defaultNotOffered',
      path: ['defaultLanguage'],
    }),
  );

export type SettingsForm = z.infer<typeof settingsSchema>;

export function formValues(settings: OrganisationSettings): SettingsForm {
  return { ...settings, defaultSenderName: settings.defaultSenderName ?? '' };
}

/** What the form sends: every setting (the server records only what changed); a blank sender name is none. */
export function settingsChanges(form: SettingsForm): SettingsChanges {
  const senderName = form.defaultSenderName.trim();
  return { ...form, defaultSenderName: senderName === '' ? null : senderName };
}
