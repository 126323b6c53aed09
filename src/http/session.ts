import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Context } from '../context.js';
import { unauthenticated } from '../errors.js';
import { authenticate, type Session } from '../use-cases/authenticate.js';

export const SESSION_COOKIE = 'samtale_session';

declare module 'fastify' {
  interface FastifyRequest {
    session: Session | null;
  }
}

export function sessionCookieOptions(request: FastifyRequest, publicUrl: URL, expiresAt?: Date) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    // Behind TLS (directly, via a trusted proxy, or as the public URL says) the cookie never travels in clear.
    secure: request.protocol === 'https' || publicUrl.protocol === 'https:',
    ...(expiresAt ? { expires: expiresAt } : {}),
  };
}

/**
 * Makes every route registered in `scope` require a live session. It runs on request, before the body is
 * read, so an anonymous caller learns nothing from validation errors.
 */
export function requireSession(scope: FastifyInstance, ctx: Context): void {
  scope.decorateRequest('session', null);
  scope.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    const token = request.cookies[SESSION_COOKIE];
    const session = token ? await authenticate(ctx, token) : undefined;
    if (!session) throw unauthenticated();
    request.session = session;
  });
}

/** The session of a request that passed `requireSession`. */
export function sessionOf(request: FastifyRequest): Session {
  if (!request.session) throw unauthenticated();
  return request.session;
}
