import { TEXTS } from './i18n.js';
import type { Language } from './languages.js';
import { containsConfirmLink, containsVariable } from './template.js';

/**
 * Whether "Include a link" starts ticked, given the content of each language variant the recipients will get.
 * The source: not ticked when every variant holds `{confirmlink}`, ticked when none does. It is silent on a mix;
 * we tick it then, because a candidate must never be left without a way to answer.
 */
export function defaultIncludeConfirmLink(bodiesOfVariantsUsed: string[]): boolean {
  return bodiesOfVariantsUsed.some((body) => !containsConfirmLink(body));
}

/**
 * The body as sent with "Include a link" ticked: the link appears exactly once. It goes before the sign-off (the
 * last paragraph, when it names the sender), where a letter asks for an answer, rather than under the signature.
 */
export function withConfirmLink(body: string, language: Language, sentence = TEXTS[language].confirmLinkSentence): string {
  if (containsConfirmLink(body)) return body;
  const lines = body.trimEnd().split(/\r\n?|\n/);
  const beforeSignOff = lines.findLastIndex((line) => line.trim() === '');
  const signOff = lines.slice(beforeSignOff + 1).join('\n');
  if (beforeSignOff <= 0 || !containsVariable(signOff, 'sender')) return `${lines.join('\n')}\n\n${sentence}`;
  return [...lines.slice(0, beforeSignOff), '', sentence, ...lines.slice(beforeSignOff)].join('\n');
}
