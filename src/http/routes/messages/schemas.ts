import { Type } from 'typebox';
import { Id, MessageSchema } from '../../schemas.js';

export const MessageToReadResponse = Type.Object({
  ...MessageSchema.properties,
  applicationId: Type.Union([Id, Type.Null()], { description: 'The application it concerns, if any.' }),
  sender: Type.String({ description: 'The From of an email, the sender of an SMS.' }),
  text: Type.String({ description: 'The text as sent, with the confirmation link shown as the variable {confirmlink}, never as a working link.' }),
});
