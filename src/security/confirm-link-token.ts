import { createHmac } from 'node:crypto';
import { hashToken } from './tokens.js';

/**
 * The token in an invitation's confirmation link: 256 bits derived from the invitation id with a keyed HMAC.
 * Nothing in the database yields it, yet the worker can put the link into the email at the moment of sending,
 * so stored messages hold no working link. Lookup goes through `confirmLinkHash`.
 */
export function confirmLinkToken(invitationId: string, secret: string): string {
  return createHmac('sha256', secret).update(`confirm-link:${invitationId}`).digest('base64url');
}

/**
 * The token in an invitation to book a time: derived as a confirmation link's is, from the booking invitation's id
 * under a label of its own, so that no booking invitation's link is ever an invitation's. Looked up by the same hash.
 */
export function bookingLinkToken(bookingInvitationId: string, secret: string): string {
  return createHmac('sha256', secret).update(`booking-link:${bookingInvitationId}`).digest('base64url');
}

export function confirmLinkHash(token: string, secret: string): string {
  return hashToken(token, secret);
}

/** The link under the public URL, keeping any path prefix the service is published under. */
export function confirmLinkUrl(publicUrl: URL, token: string): string {
  const base = publicUrl.href.endsWith('/') ? publicUrl.href : `${publicUrl.href}/`;
  return new URL(`i/${token}`, base).toString();
}

/** A link as long as a real one, for counting what a link costs in an SMS before any token exists. */
export function sampleConfirmLinkUrl(publicUrl: URL): string {
  return confirmLinkUrl(publicUrl, 'x'.repeat(43));
}

/**
 * Stands for the confirmation link in stored message bodies until the worker sends them. Built of characters
 * that survive HTML escaping unchanged.
 */
export const CONFIRM_LINK_PLACEHOLDER = 'urn:samtale:confirm-link';

/**
 * A stored body as a recruiter may read it: the placeholder turned back into the `{confirmlink}` variable they write
 * in templates, so they recognise where the link goes and no working link is ever shown to anyone but the candidate.
 */
export function withConfirmLinkVariable(text: string): string {
  return text.replaceAll(CONFIRM_LINK_PLACEHOLDER, '{confirmlink}');
}
