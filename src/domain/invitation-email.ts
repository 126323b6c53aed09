import { renderCandidateEmail, type RenderedEmail } from './candidate-email.js';
import { withConfirmLink } from './confirm-link.js';
import type { EmailTemplate } from './invitation-templates.js';
import type { Language } from './languages.js';
import type { TemplateValues } from './template.js';
import type { EmailLogo } from './organisation-logo.js';

/**
 * An interview invitation rendered for one candidate: subject, plain text and HTML, with the link sentence appended
 * when "Include a link" is ticked. The invitation page and the templates screen's preview both render through this,
 * so what an administrator previews is what a candidate gets.
 */
export function renderInvitationEmail(
  template: EmailTemplate,
  values: TemplateValues,
  language: Language,
  includeConfirmLink: boolean,
  logo: EmailLogo | null,
): RenderedEmail {
  const body = includeConfirmLink ? withConfirmLink(template.body, language) : template.body;
  return renderCandidateEmail({ subject: template.subject, body }, values, language, logo);
}
