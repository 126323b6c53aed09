/**
 * Control characters other than tab, line feed and carriage return (C0, DEL, C1). PostgreSQL refuses NUL in text
 * outright, so a pasted or forged one would cost the candidate their answer there; the others have no business
 * in a message to a recruiter. Removed from every field as the form arrives, the same on both engines.
 */
const CONTROL_CHARACTERS = /[^\P{Cc}\t\n\r]/gu;

/**
 * A urlencoded form's fields, a repeated one keeping its last value, cleaned of control characters. Lone
 * surrogates cannot arrive: the body and its percent escapes are decoded as UTF-8, a malformed sequence
 * becoming U+FFFD.
 */
export function parseForm(body: string): Record<string, string> {
  const clean = (text: string) => text.replace(CONTROL_CHARACTERS, '');
  return Object.fromEntries(Array.from(new URLSearchParams(body), ([name, value]) => [clean(name), clean(value)]));
}

/** The text cut to at most `max` characters, never between the two halves of a character such as an emoji. */
export function truncate(text: string, max: number): string {
  const characters = Array.from(text);
  return characters.length > max ? characters.slice(0, max).join('') : text;
}
