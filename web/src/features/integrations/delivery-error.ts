/**
 * The worker's reason for a failed try (src/delivery/webhook-transport.ts, in English) as a catalog key with its
 * values, so an administrator reads it in their language; null for a reason the screen has no words for, which is
 * then shown as the server wrote it.
 */
export function deliveryErrorWords(error: string): { key: string; values: Record<string, string> } | null {
  if (error.startsWith("The endpoint's host name leads to an address of a private or local network")) return { key: 'internalHost', values: {} };
  if (error === 'The endpoint was removed.' || error === 'Not sent: the endpoint was removed.') return { key: 'removed', values: {} };
  const answered = /^The endpoint answered (\d{3})\.$/.exec(error);
  if (answered) return { key: 'answered', values: { status: answered[1]! } };
  const unreachable = /^The endpoint could not be reached: (.+)\.$/.exec(error);
  if (unreachable) return { key: 'unreachable', values: { reason: unreachable[1]! } };
  return null;
}
