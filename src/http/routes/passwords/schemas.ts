import { Type } from 'typebox';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '../../../domain/password-rule.js';

const Password = Type.String({ minLength: MIN_PASSWORD_LENGTH, maxLength: MAX_PASSWORD_LENGTH, description: `At least ${MIN_PASSWORD_LENGTH} characters.` });
const LinkToken = Type.String({ minLength: 1, maxLength: 200, description: 'The token from the link in the email (after `#`).' });

export const LinkBody = Type.Object({ token: LinkToken }, { additionalProperties: false });

export const LinkResponse = Type.Object({
  purpose: Type.Enum(['invitation', 'password_reset']),
  name: Type.String(),
  email: Type.String(),
});

export const ChoosePasswordBody = Type.Object({ token: LinkToken, password: Password }, { additionalProperties: false });

export const ForgotPasswordBody = Type.Object({ email: Type.String({ minLength: 3, maxLength: 320 }) }, { additionalProperties: false });

export const ForgotPasswordResponse = Type.Object({
  message: Type.String({ description: 'The same whether or not the address has a user.' }),
});

export const ChangePasswordBody = Type.Object(
  { currentPassword: Type.String({ minLength: 1, maxLength: MAX_PASSWORD_LENGTH }), newPassword: Password },
  { additionalProperties: false },
);
