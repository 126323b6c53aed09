import { Type } from 'typebox';
import { Id, OrganisationSchema } from '../../schemas.js';

export const LoginBody = Type.Object(
  {
    email: Type.String({ minLength: 3, maxLength: 320 }),
    password: Type.String({ minLength: 1, maxLength: 1024 }),
  },
  { additionalProperties: false },
);

export const MeResponse = Type.Object({
  id: Id,
  name: Type.String(),
  email: Type.String(),
  role: Type.Enum(['admin', 'recruiter']),
  smsAccess: Type.Boolean({ description: 'May send SMS reminders.' }),
  organisation: OrganisationSchema,
  developmentTransports: Type.Object(
    {
      mailbox: Type.Boolean({ description: 'The development mailbox is active (no SMTP_URL): emails are kept at /api/dev-mailbox, not sent.' }),
      sms: Type.Boolean({ description: 'The development SMS box is active (no Twilio configured): text messages are kept at /api/dev-sms, not sent.' }),
    },
    { description: 'Which messages this server keeps for reading instead of sending.' },
  ),
});
