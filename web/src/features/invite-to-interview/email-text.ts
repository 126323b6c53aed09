import { linksIn } from '../messages/links';

export type TextPiece = { kind: 'text'; text: string } | { kind: 'link'; href: string; text: string };

/** A link as a person reads it: "…/i/…" rather than "…/i/%E2%80%A6". */
function readable(link: string): string {
  try {
    return decodeURI(link);
  } catch {
    return link;
  }
}

/** An email's text part cut into plain text and its web links, so the preview can show each link as a link. */
export function textPieces(text: string): TextPiece[] {
  const links = linksIn(text);
  if (links.length === 0) return text ? [{ kind: 'text', text }] : [];
  const escaped = links.map((link) => link.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return text
    .split(new RegExp(`(${escaped.join('|')})`))
    .filter((part) => part !== '')
    .map((part) => (links.includes(part) ? { kind: 'link', href: part, text: readable(part) } : { kind: 'text', text: part }));
}
