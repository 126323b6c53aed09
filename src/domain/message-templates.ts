import { DEFAULT_BOOKING_INVITATION_TEMPLATES } from './booking-invitation-templates.js';
import { DEFAULT_INVITATION_TEMPLATES } from './invitation-templates.js';
import type { Language } from './languages.js';
import { DEFAULT_REMINDER_EMAIL_TEMPLATES, DEFAULT_REMINDER_SMS_TEMPLATES } from './reminder-templates.js';
import { BOOKING_INVITATION_VARIABLES, TEMPLATE_VARIABLES, type TemplateVariable } from './template.js';

/**
 * The texts an organisation keeps to pre-fill the invitation page, each with the parts a recruiter fills in and
 * the wording Samtale ships until the organisation saves its own, and the variables it may use.
 */
export const MESSAGE_TEMPLATES = {
  interview_invitation: { parts: ['subject', 'body'], defaults: DEFAULT_INVITATION_TEMPLATES, variables: TEMPLATE_VARIABLES },
  booking_invitation: { parts: ['subject', 'body'], defaults: DEFAULT_BOOKING_INVITATION_TEMPLATES, variables: BOOKING_INVITATION_VARIABLES },
  reminder_email: { parts: ['subject', 'body', 'signature'], defaults: DEFAULT_REMINDER_EMAIL_TEMPLATES, variables: TEMPLATE_VARIABLES },
  reminder_sms: { parts: ['text'], defaults: DEFAULT_REMINDER_SMS_TEMPLATES, variables: TEMPLATE_VARIABLES },
} as const satisfies Record<string, { parts: readonly string[]; defaults: Record<Language, object>; variables: readonly TemplateVariable[] }>;

export type TemplateKind = keyof typeof MESSAGE_TEMPLATES;
export type TemplateParts = Record<string, string>;
