/**
 * The text of an email reminder from the recruiter's body and signature, which the source asks for separately: the
 * body, a blank line, the signature. Whitespace at the seam is the recruiter's accident, not intent — a body ending in
 * blank lines, a signature starting with some, or an empty signature — so it is trimmed there and nowhere else, and
 * the email never ends in a dangling blank line.
 */
export function reminderEmailBody(body: string, signature: string): string {
  const content = body.trimEnd();
  // Only whole blank lines go from the start of the signature, so an indented first line keeps its indent.
  const signOff = signature.replace(/^(?:[ \t]*(?:\r\n?|\n))+/, '').trimEnd();
  if (signOff === '') return content;
  if (content === '') return signOff;
  return `${content}\n\n${signOff}`;
}
