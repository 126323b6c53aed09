import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Context } from '../context.js';
import { scopeAllows } from '../domain/api-key.js';
import { AppError, unauthenticated } from '../errors.js';
import { authenticateApiKey, type KeyHolder } from '../use-cases/api-keys.js';
import { authenticate, type Session } from '../use-cases/authenticate.js';
import type { Caller } from '../use-cases/caller.js';

export const SESSION_COOKIE = 'samtale_session';

declare module 'fastify' {
  interface FastifyRequest {
    session: Session | null;
    keyHolder: KeyHolder | null;
  }
}

/** The key of an `Authorization: Bearer <key>` header, if the request has one. */
function bearerKey(request: FastifyRequest): string | undefined {
  const match = /^Bearer +(\S+) *$/i.exec(request.headers.authorization ?? '');
  return match?.[1];
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
 * Makes every route registered in `scope` require a live session or an organisation's API key (`Authorization:
 * Bearer`). It runs on request, before the body is read, so an anonymous caller learns nothing from validation
 * errors. A key may reach only routes that ask for `callerOf` rather than `sessionOf`, and a read key only reads.
 */
export function requireSession(scope: FastifyInstance, ctx: Context): void {
  scope.decorateRequest('session', null);
  scope.decorateRequest('keyHolder', null);
  scope.addHook('onRequest', async (request: FastifyRequest, _reply: FastifyReply) => {
    const key = bearerKey(request);
    if (key !== undefined) {
      const holder = await authenticateApiKey(ctx, key);
      if (!holder) throw unauthenticated('The API key is not valid, or it was revoked.');
      if (!scopeAllows(holder.apiKey.scope, request.method)) throw new AppError('forbidden', 'This API key may only read; writing needs a key with the write scope.');
      request.keyHolder = holder;
      return;
    }
    const token = request.cookies[SESSION_COOKIE];
    const session = token ? await authenticate(ctx, token) : undefined;
    if (!session) throw unauthenticated();
    request.session = session;
  });
}

/** The session of a request that passed `requireSession`: an operation only a signed-in user may do. */
export function sessionOf(request: FastifyRequest): Session {
  if (request.keyHolder) throw new AppError('forbidden', 'An API key cannot do this; it needs a signed-in user.');
  if (!request.session) throw unauthenticated();
  return request.session;
}

/** The caller of a request that passed `requireSession`, for operations an API key may do as well. */
export function callerOf(request: FastifyRequest): Caller {
  if (request.keyHolder) {
    const { organisation, apiKey } = request.keyHolder;
    return { organisation, actor: { type: 'api_key', id: apiKey.id }, responsibleUserId: apiKey.createdBy };
  }
  const { user, organisation } = sessionOf(request);
  return { organisation, actor: { type: 'user', id: user.id }, responsibleUserId: user.id };
}
