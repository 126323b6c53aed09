import { TEXTS } from './i18n.js';
import type { Language } from './languages.js';
import { containsConfirmLink } from './template.js';

/**
 * Whether "Include a link" starts ticked, given the content of each language variant the recipients will get.
 * The source: not ticked when every variant holds `{confirmlink}`, ticked when none does. It is silent on a mix;
 * we tick it then, because a candidate must never be left without a way to answer.
 */
export function defaultIncludeConfirmLink(bodiesOfVariantsUsed: string[]): boolean {
  return bodiesOfVariantsUsed.some((body) => !containsConfirmLink(body));
}

/** The body as sent with "Include a link" ticked: the link appears exactly once. */
export function withConfirmLink(body: string, language: Language): string {
  if (containsConfirmLink(body)) return body;
  return `${body.trimEnd()}\n\n${TEXTS[language].confirmLinkSentence}`;
}
