import { renderCandidateEmail, type RenderedEmail } from './candidate-email.js';
import { withConfirmLink } from './confirm-link.js';
import { TEXTS } from './i18n.js';
import type { EmailTemplate } from './invitation-templates.js';
import type { Language } from './languages.js';
import type { TemplateValues } from './template.js';
import type { EmailLogo } from './organisation-logo.js';

/**
 * An interview invitation rendered for one candidate: subject, plain text and HTML, with the link sentence appended
 * when "Include a link" is ticked. The invitation page and the templates screen's preview both render through this,
 * so what an administrator previews is what a candidate gets. An invitation to book asks the candidate to choose a
 * time where an invitation asks for an answer.
 */
export function renderInvitationEmail(
  template: EmailTemplate,
  values: TemplateValues,
  language: Language,
  includeConfirmLink: boolean,
  logo: EmailLogo | null,
  kind: 'interview_invitation' | 'booking_invitation' = 'interview_invitation',
): RenderedEmail {
  const sentence = kind === 'booking_invitation' ? TEXTS[language].bookingLinkSentence : TEXTS[language].confirmLinkSentence;
  const body = includeConfirmLink ? withConfirmLink(template.body, language, sentence) : template.body;
  return renderCandidateEmail({ subject: template.subject, body }, values, language, logo);
}
