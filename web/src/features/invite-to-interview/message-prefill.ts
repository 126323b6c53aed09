import type { CandidateLanguage, EmailVariant, MessageStep, ReminderEmailVariant } from './wizard-state';

/** The organisation's saved texts, as GET /api/templates/{interview-invitation,reminder-email,reminder-sms} give them. */
export interface MessageTemplates {
  invitation: readonly ({ language: CandidateLanguage } & EmailVariant)[];
  reminderEmail: readonly ({ language: CandidateLanguage } & ReminderEmailVariant)[];
  reminderSms: readonly { language: CandidateLanguage; text: string }[];
}

/** The template of each language in use, with only the parts the request takes (not `language`, not `customised`). */
function perLanguage<T extends { language: CandidateLanguage }, V>(
  templates: readonly T[],
  languages: readonly CandidateLanguage[],
  parts: (template: T) => V,
): Partial<Record<CandidateLanguage, V>> {
  const byLanguage = new Map(templates.map((template) => [template.language, template]));
  return Object.fromEntries(
    languages.flatMap((language) => {
      const template = byLanguage.get(language);
      return template ? [[language, parts(template)]] : [];
    }),
  );
}

/**
 * Step 2 as it first opens: the organisation's texts in each language the candidates will get, sent from the
 * recruiter's own address (answers reach the person who booked), the link at its default, and no reminder until
 * the recruiter picks one: a reminder is an extra message, and SMS costs money.
 */
export function prefilledMessage(languages: readonly CandidateLanguage[], templates: MessageTemplates, sender: string): MessageStep {
  return {
    action: 'send_email',
    from: sender,
    variants: perLanguage(templates.invitation, languages, ({ subject, body }) => ({ subject, body })),
    includeConfirmLink: null,
    reminder: {
      channel: 'none',
      daysBefore: 1,
      email: perLanguage(templates.reminderEmail, languages, ({ subject, body, signature }) => ({ subject, body, signature })),
      sms: perLanguage(templates.reminderSms, languages, ({ text }) => ({ text })),
    },
    sendWithoutSmsToMissingMobile: false,
  };
}
