/** Length is what makes a password hard to guess; NIST SP 800-63B asks for at least 8, we ask a little more. */
export const MIN_PASSWORD_LENGTH = 12;
/** Long enough for any passphrase or manager, short enough that hashing it costs nothing extra. */
export const MAX_PASSWORD_LENGTH = 1024;

/** What is wrong with a password as a phrase to complete "password …", or undefined when it will do. */
export function passwordProblem(password: string): string | undefined {
  if (password.trim().length < MIN_PASSWORD_LENGTH) return `must be at least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `must be at most ${MAX_PASSWORD_LENGTH} characters.`;
  return undefined;
}
