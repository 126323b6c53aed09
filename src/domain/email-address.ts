/**
 * Whether text has the shape of an email address: something, an @, and a domain with a dot. Deliberately loose:
 * only sending to it proves an address, and a stricter rule refuses real ones.
 */
export function looksLikeEmailAddress(text: string): boolean {
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text.trim());
}
