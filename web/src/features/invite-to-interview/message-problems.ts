import { TEMPLATE_VARIABLES, unknownVariables, type TemplateVariable } from '@domain/template';
import type { CandidateLanguage, MessageStep, ReminderChannel } from './wizard-state';

export const usesSms = (channel: ReminderChannel) => channel === 'sms' || channel === 'sms_email';
export const usesReminderEmail = (channel: ReminderChannel) => channel === 'email' || channel === 'sms_email';

/** A text the recruiter writes, named by its path in the request, as the server names it in an error. */
export interface MessageField {
  path: string;
  value: string;
  /** Subject, content and SMS text cannot be left blank; a signature can. */
  required: boolean;
  /** The variables this text may hold: an invitation to book may also say its deadline. */
  variables?: readonly TemplateVariable[];
}

export type FieldProblem = { path: string; kind: 'blank' } | { path: string; kind: 'unknown_variables'; variables: string[] };

/** Every text that will be sent as things stand: a part left out (no email, no SMS reminder) is not checked. */
export function fieldsInUse(message: MessageStep, languages: readonly CandidateLanguage[], emailVariables: readonly TemplateVariable[] = TEMPLATE_VARIABLES): MessageField[] {
  const fields: MessageField[] = [];
  const add = (path: string, value: string | undefined, required = true) => fields.push({ path, value: value ?? '', required });
  for (const language of languages) {
    if (message.action === 'send_email') {
      const variant = message.variants[language];
      fields.push({ path: `email.variants.${language}.subject`, value: variant?.subject ?? '', required: true, variables: emailVariables });
      fields.push({ path: `email.variants.${language}.body`, value: variant?.body ?? '', required: true, variables: emailVariables });
    }
    if (usesReminderEmail(message.reminder.channel)) {
      const variant = message.reminder.email[language];
      add(`reminder.email.variants.${language}.subject`, variant?.subject);
      add(`reminder.email.variants.${language}.body`, variant?.body);
      add(`reminder.email.variants.${language}.signature`, variant?.signature, false);
    }
    if (usesSms(message.reminder.channel)) add(`reminder.sms.variants.${language}.text`, message.reminder.sms[language]?.text);
  }
  return fields;
}

/** What one text lacks or holds wrongly: blank when it must not be, or variables the server does not know. */
export function fieldProblem(field: MessageField): FieldProblem | null {
  if (field.required && field.value.trim() === '') return { path: field.path, kind: 'blank' };
  const variables = unknownVariables(field.value, field.variables);
  return variables.length > 0 ? { path: field.path, kind: 'unknown_variables', variables } : null;
}

/** Everything that stops sending; the same list stops the preview, which the server would refuse alike. */
export function messageProblems(message: MessageStep, languages: readonly CandidateLanguage[], emailVariables?: readonly TemplateVariable[]): FieldProblem[] {
  return fieldsInUse(message, languages, emailVariables).flatMap((field) => fieldProblem(field) ?? []);
}
