/**
 * The From of an email: a bare address given the name people see beside it ("Fjordside Tømrer ApS"
 * <job@fjordside.dk>); one that already has a name keeps it. The name is quoted, so commas and the like in it
 * stay part of the name.
 */
export function withDisplayName(sender: string, name: string | undefined): string {
  if (!name || sender.includes('<')) return sender;
  return `"${name.replace(/["\\]/g, '\\$&')}" <${sender}>`;
}
