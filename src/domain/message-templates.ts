import { DEFAULT_INVITATION_TEMPLATES } from './invitation-templates.js';
import type { Language } from './languages.js';
import { DEFAULT_REMINDER_EMAIL_TEMPLATES, DEFAULT_REMINDER_SMS_TEMPLATES } from './reminder-templates.js';

/**
 * The texts an organisation keeps to pre-fill the invitation page, each with the parts a recruiter fills in and
 * the wording Samtale ships until the organisation saves its own.
 */
export const MESSAGE_TEMPLATES = {
  interview_invitation: { parts: ['subject', 'body'], defaults: DEFAULT_INVITATION_TEMPLATES },
  reminder_email: { parts: ['subject', 'body', 'signature'], defaults: DEFAULT_REMINDER_EMAIL_TEMPLATES },
  reminder_sms: { parts: ['text'], defaults: DEFAULT_REMINDER_SMS_TEMPLATES },
} as const satisfies Record<string, { parts: readonly string[]; defaults: Record<Language, object> }>;

export type TemplateKind = keyof typeof MESSAGE_TEMPLATES;
export type TemplateParts = Record<string, string>;
