import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { developmentTransports, type Config } from '../../../config.js';
import type { Organisation } from '../../../domain/organisation.js';
import type { User } from '../../../domain/user.js';
import { AppError } from '../../../errors.js';
import { logIn } from '../../../use-cases/log-in.js';
import { logOut } from '../../../use-cases/log-out.js';
import { errors } from '../../schemas.js';
import { requireSession, SESSION_COOKIE, sessionCookieOptions, sessionOf } from '../../session.js';
import type { RouteOptions } from '../options.js';
import { LoginBody, MeResponse } from './schemas.js';

const LOGIN_ATTEMPTS_PER_MINUTE = 10;

/** What a signed-in user's screens start from; also the answer of the first-run setup, which signs its administrator in. */
export const me = (user: User, organisation: Organisation, config: Config) => ({ ...user, organisation, developmentTransports: developmentTransports(config) });

export const authRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx, config }) => {
  app.post(
    '/api/auth/login',
    {
      schema: {
        tags: ['auth'],
        summary: 'Log in with email and password; sets the session cookie.',
        body: LoginBody,
        response: { 200: MeResponse, ...errors(400, 401, 429) },
      },
      config: {
        rateLimit: {
          max: LOGIN_ATTEMPTS_PER_MINUTE,
          timeWindow: 60_000,
          errorResponseBuilder: () => new AppError('rate_limited', 'Too many login attempts. Wait a minute and try again.'),
        },
      },
    },
    async (request, reply) => {
      const session = await logIn(ctx, request.body);
      reply.setCookie(SESSION_COOKIE, session.token, sessionCookieOptions(request, config.publicUrl, session.expiresAt));
      return me(session.user, session.organisation, config);
    },
  );

  app.post(
    '/api/auth/logout',
    {
      schema: {
        tags: ['auth'],
        summary: 'End the current session and clear the cookie.',
        response: { 204: Type.Null() },
      },
    },
    async (request, reply) => {
      const token = request.cookies[SESSION_COOKIE];
      if (token) await logOut(ctx, token);
      reply.clearCookie(SESSION_COOKIE, sessionCookieOptions(request, config.publicUrl));
      return reply.status(204).send(null);
    },
  );

  await app.register(async (scope) => {
    requireSession(scope, ctx);
    scope.get(
      '/api/me',
      {
        schema: {
          tags: ['auth'],
          summary: 'The logged-in user with their organisation, role and SMS access.',
          security: [{ session: [] }],
          response: { 200: MeResponse, ...errors(401) },
        },
      },
      async (request) => {
        const { user, organisation } = sessionOf(request);
        return me(user, organisation, config);
      },
    );
  });
};
