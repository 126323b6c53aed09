import { Type } from 'typebox';
import { Id } from '../../schemas.js';

const Role = Type.Enum(['admin', 'recruiter'], { description: 'An administrator also manages the users and the organisation’s settings.' });
const SmsAccess = Type.Boolean({ description: 'May send SMS reminders (the source’s per-user permission).' });

export const UserAccountSchema = Type.Object({
  id: Id,
  name: Type.String(),
  email: Type.String(),
  role: Role,
  smsAccess: SmsAccess,
  status: Type.Enum(['invited', 'active', 'deactivated'], {
    description: '`invited`: has not chosen a password from the invitation yet; `deactivated`: may not sign in.',
  }),
});

export const InvitationBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 200, pattern: '\\S' }),
    email: Type.String({ format: 'email', maxLength: 320 }),
    role: Role,
    smsAccess: SmsAccess,
  },
  { additionalProperties: false },
);

export const AccessBody = Type.Object(
  { role: Type.Optional(Role), smsAccess: Type.Optional(SmsAccess) },
  { additionalProperties: false, minProperties: 1 },
);
