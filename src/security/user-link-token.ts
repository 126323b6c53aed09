import { createHmac } from 'node:crypto';

/**
 * The token in a user's one-time link (invitation or password reset): 256 bits derived from the link's id with a
 * keyed HMAC, as confirmation links are. The database keeps only its keyed hash, and the stored email only a
 * placeholder naming the id, which the worker turns into the link as it sends.
 */
export function userLinkToken(tokenId: string, secret: string): string {
  return createHmac('sha256', secret).update(`user-link:${tokenId}`).digest('base64url');
}

/** The web app's page for choosing a password; the token rides in the fragment, which browsers never send to a server. */
export function userLinkUrl(publicUrl: URL, token: string): string {
  const base = publicUrl.href.endsWith('/') ? publicUrl.href : `${publicUrl.href}/`;
  return `${new URL('choose-password', base).toString()}#${token}`;
}

/** Stands for a user's link in a stored message until it is sent; letters, digits and colons survive HTML escaping. */
export function userLinkPlaceholder(tokenId: string): string {
  return `urn:samtale:user-link:${tokenId}`;
}

const PLACEHOLDER = /urn:samtale:user-link:([0-9a-f-]{36})/g;

/** A text as it leaves: each placeholder replaced by its working link. */
export function fillUserLinks(text: string, secret: string, publicUrl: URL): string {
  return text.replace(PLACEHOLDER, (_placeholder, tokenId: string) => userLinkUrl(publicUrl, userLinkToken(tokenId, secret)));
}
