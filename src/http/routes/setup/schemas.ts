import { Type } from 'typebox';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../../domain/password-rule.js';
import { LanguageSchema } from '../../schemas.js';

export const SetupStatus = Type.Object({
  needed: Type.Boolean({ description: 'True while no organisation exists: the server waits for its first-run setup.' }),
  tokenRequired: Type.Boolean({ description: 'The setup asks for the token the server printed at start.' }),
});

export const SetupBody = Type.Object(
  {
    organisationName: Type.String({ minLength: 1, maxLength: 200 }),
    timeZone: Type.String({ minLength: 1, maxLength: 100, description: 'IANA time zone, e.g. Europe/Copenhagen.' }),
    language: LanguageSchema,
    adminName: Type.String({ minLength: 1, maxLength: 200 }),
    adminEmail: Type.String({ format: 'email', maxLength: 320 }),
    password: Type.String({ minLength: MIN_PASSWORD_LENGTH, maxLength: MAX_PASSWORD_LENGTH }),
    setupToken: Type.Optional(Type.String({ maxLength: 200, description: 'The token the server printed at start; required unless REQUIRE_SETUP_TOKEN=false.' })),
  },
  { additionalProperties: false },
);
