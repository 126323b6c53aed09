import { defaultIncludeConfirmLink } from '@domain/confirm-link';
import type { CandidateLanguage, MessageStep } from './wizard-state';

/**
 * Whether "Include a link" starts ticked for the variants the candidates will get: the server's own rule (ticked
 * unless every one of them holds {confirmlink}), so the box shows what will be sent.
 */
export function confirmLinkDefault(message: Pick<MessageStep, 'variants'>, languages: readonly CandidateLanguage[]): boolean {
  return defaultIncludeConfirmLink(languages.map((language) => message.variants[language]?.body ?? ''));
}

/** Whether the link will be added: the recruiter's choice, or the default while they have made none. */
export function includesConfirmLink(message: Pick<MessageStep, 'variants' | 'includeConfirmLink'>, languages: readonly CandidateLanguage[]): boolean {
  return message.includeConfirmLink ?? confirmLinkDefault(message, languages);
}
