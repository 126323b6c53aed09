export type Box = 'email' | 'sms';

/**
 * The Messages page's state from its address: which box (`?box=email|sms`) and which email is open (`open=<id>`).
 * Without a choice, the email box, unless only the SMS box is active.
 */
export function readBoxParams(params: URLSearchParams, active: { mailbox: boolean; sms: boolean }): { box: Box; open: string | null } {
  const asked = params.get('box');
  const box: Box = asked === 'email' || asked === 'sms' ? asked : !active.mailbox && active.sms ? 'sms' : 'email';
  const open = params.get('open');
  return { box, open: box === 'email' && open ? open : null };
}

/** The address of a box, with an email opened or none. */
export function boxSearch(box: Box, open: string | null = null): string {
  const params = new URLSearchParams({ box });
  if (open) params.set('open', open);
  return `?${params.toString()}`;
}
