import type { FastifyPluginAsyncTypebox, TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { AppError, unauthenticated } from '../../../errors.js';
import { changeOwnPassword } from '../../../use-cases/change-password.js';
import { choosePassword } from '../../../use-cases/choose-password.js';
import { usablePasswordLink } from '../../../use-cases/password-link.js';
import { requestPasswordReset } from '../../../use-cases/request-password-reset.js';
import { errors } from '../../schemas.js';
import { requireSession, SESSION_COOKIE, sessionOf } from '../../session.js';
import type { RouteOptions } from '../options.js';
import { ChangePasswordBody, ChoosePasswordBody, ForgotPasswordBody, ForgotPasswordResponse, LinkBody, LinkResponse } from './schemas.js';

/** Per client address: enough for someone who mistypes, too few to mail-bomb an address or try many links. */
const limit = (max: number, timeWindow: number) => ({
  rateLimit: { max, timeWindow, errorResponseBuilder: () => new AppError('rate_limited', 'Too many attempts. Wait a while and try again.') },
});
const RESET_REQUESTS = limit(5, 15 * 60_000);
const LINK_ATTEMPTS = limit(30, 60_000);

const NEUTRAL_ANSWER = 'If the address belongs to a user, a link to choose a new password is on its way. It works for one hour.';

/** Choosing a password from an emailed link, asking for one, and changing one's own. */
export const passwordRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx, config }) => {
  app.post(
    '/api/auth/password-link',
    {
      schema: {
        tags: ['auth'],
        summary: 'Who an invitation or password-reset link is for, while it works (404 for unknown, used and expired links alike).',
        body: LinkBody,
        response: { 200: LinkResponse, ...errors(400, 404, 429) },
      },
      config: LINK_ATTEMPTS,
    },
    async (request) => {
      const { purpose, user } = await usablePasswordLink(ctx, request.body.token);
      return { purpose, name: user.name, email: user.email };
    },
  );

  app.post(
    '/api/auth/choose-password',
    {
      schema: {
        tags: ['auth'],
        summary: "Set a password from an invitation or password-reset link; the link is used up and the user's sessions end.",
        body: ChoosePasswordBody,
        response: { 204: Type.Null(), ...errors(400, 404, 429) },
      },
      config: LINK_ATTEMPTS,
    },
    async (request, reply) => {
      await choosePassword(ctx, request.body.token, request.body.password);
      return reply.status(204).send(null);
    },
  );

  app.post(
    '/api/auth/forgot-password',
    {
      schema: {
        tags: ['auth'],
        summary: 'Email a link to choose a new password (valid one hour) to the address, if it belongs to a user; the answer is the same either way.',
        body: ForgotPasswordBody,
        response: { 202: ForgotPasswordResponse, ...errors(400, 429) },
      },
      config: RESET_REQUESTS,
    },
    async (request, reply) => {
      await requestPasswordReset(ctx, request.body.email, config.publicUrl);
      return reply.status(202).send({ message: NEUTRAL_ANSWER });
    },
  );

  await app.register(async (scope) => {
    requireSession(scope, ctx);
    scope.withTypeProvider<TypeBoxTypeProvider>().put(
      '/api/me/password',
      {
        schema: {
          tags: ['auth'],
          summary: "Change one's own password, giving the current one; the user's other sessions end.",
          security: [{ session: [] }],
          body: ChangePasswordBody,
          response: { 204: Type.Null(), ...errors(400, 401) },
        },
      },
      async (request, reply) => {
        const token = request.cookies[SESSION_COOKIE];
        if (!token) throw unauthenticated();
        await changeOwnPassword(ctx, sessionOf(request), token, request.body);
        return reply.status(204).send(null);
      },
    );
  });
};
