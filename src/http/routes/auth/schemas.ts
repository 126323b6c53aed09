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
});
