import { linksIn } from '../messages/links';

export type TextPiece = { kind: 'text'; text: string } | { kind: 'link'; href: string };

/** An email's text part cut into plain text and its web links, so the preview can show each link as a link. */
export function textPieces(text: string): TextPiece[] {
  const links = linksIn(text);
  if (links.length === 0) return text ? [{ kind: 'text', text }] : [];
  const escaped = links.map((link) => link.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return text
    .split(new RegExp(`(${escaped.join('|')})`))
    .filter((part) => part !== '')
    .map((part) => (links.includes(part) ? { kind: 'link', href: part } : { kind: 'text', text: part }));
}
