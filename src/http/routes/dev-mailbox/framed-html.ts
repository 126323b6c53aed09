/** What the development mailbox's frame of an email may do: show it with its own styles and open links elsewhere. */
export const FRAMED_EMAIL_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'self'; sandbox allow-popups allow-popups-to-escape-sandbox";

const HEAD_START = /<head\b[^>]*>/i;
const BASE = '<base target="_blank">';

/**
 * An email's HTML part made to stand in a frame of the web app: a link followed inside the frame would replace the
 * email with the page it leads to, so every link opens a tab of its own instead.
 */
export function withLinksInNewTab(html: string): string {
  const head = HEAD_START.exec(html);
  if (!head) return `${BASE}${html}`;
  const end = head.index + head[0].length;
  return `${html.slice(0, end)}${BASE}${html.slice(end)}`;
}
