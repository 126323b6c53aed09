import { Type } from 'typebox';
import { LanguageSchema } from '../../schemas.js';

const Name = Type.String({ minLength: 1, maxLength: 200 });
const TimeZone = Type.String({ minLength: 1, maxLength: 100, description: 'IANA time zone, e.g. Europe/Copenhagen.' });
const Languages = Type.Array(LanguageSchema, { minItems: 1, uniqueItems: true, description: 'The languages candidates are written to in.' });
const SenderAddress = Type.String({ format: 'email', maxLength: 320, description: 'The address invitations and reminders are sent from unless another is chosen.' });
const SenderName = Type.Union([Type.String({ maxLength: 200 }), Type.Null()], { description: "The name beside the sender address; null (or blank) for the organisation's name." });

export const OrganisationSettingsSchema = Type.Object({
  name: Type.String(),
  timeZone: Type.String({ description: 'IANA time zone, e.g. Europe/Copenhagen.' }),
  defaultLanguage: LanguageSchema,
  languages: Type.Array(LanguageSchema),
  defaultSenderAddress: Type.String(),
  defaultSenderName: Type.Union([Type.String(), Type.Null()]),
  smsEnabled: Type.Boolean({ description: 'Reminders may go by SMS (to users with SMS access).' }),
});

export const OrganisationSettingsChanges = Type.Object(
  {
    name: Type.Optional(Name),
    timeZone: Type.Optional(TimeZone),
    defaultLanguage: Type.Optional(LanguageSchema),
    languages: Type.Optional(Languages),
    defaultSenderAddress: Type.Optional(SenderAddress),
    defaultSenderName: Type.Optional(SenderName),
    smsEnabled: Type.Optional(Type.Boolean()),
  },
  { additionalProperties: false, minProperties: 1 },
);
