const CANDIDATE = /https?:\/\/[^\s<>"'`{}|\\^]+/gi;
/** Punctuation that ends a sentence or encloses a link, never the link's own last character in running text. */
const TRAILING = /[.,;:!?'"’”»)\]>]$/;

/** Cuts a closing bracket only when the link does not open one itself, so `…/Foo_(bar)` keeps its ")". */
function trimTrailing(link: string): string {
  let result = link;
  for (;;) {
    const last = result.at(-1);
    if (last === undefined || !TRAILING.test(last)) return result;
    if (last === ')' && count(result, '(') >= count(result, ')')) return result;
    if (last === ']' && count(result, '[') >= count(result, ']')) return result;
    result = result.slice(0, -1);
  }
}

function count(text: string, character: string): number {
  return text.split(character).length - 1;
}

function isWebAddress(link: string): boolean {
  try {
    const url = new URL(link);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * Every http(s) link in a text (an email's text part, an SMS), in the order they appear, each once, without the
 * punctuation around it: "(see https://example.com/i/abc)." gives "https://example.com/i/abc".
 */
export function linksIn(text: string): string[] {
  const links: string[] = [];
  for (const match of text.matchAll(CANDIDATE)) {
    const link = trimTrailing(match[0]);
    if (isWebAddress(link) && !links.includes(link)) links.push(link);
  }
  return links;
}

/**
 * Whether a link leads to a candidate's answer page (`/i/<token>`), where the confirmation link of an invitation
 * goes. Only the path is looked at: the server's public address may be written differently from the browser's.
 */
export function isAnswerPageLink(link: string): boolean {
  try {
    return /^\/i\/[^/]+\/?$/.test(new URL(link).pathname);
  } catch {
    return false;
  }
}
