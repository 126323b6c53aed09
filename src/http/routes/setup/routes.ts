import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { AppError } from '../../../errors.js';
import { isSetupNeeded, setUpOrganisation } from '../../../use-cases/set-up-organisation.js';
import { errors } from '../../schemas.js';
import { SESSION_COOKIE, sessionCookieOptions } from '../../session.js';
import { me } from '../auth/routes.js';
import { MeResponse } from '../auth/schemas.js';
import type { RouteOptions } from '../options.js';
import { SetupBody, SetupStatus } from './schemas.js';

// A guess at the token gets as few tries as a guess at a password.
const SETUP_ATTEMPTS_PER_MINUTE = 10;

/** The first run: an empty server asks for its organisation and first administrator, once. */
export const setupRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx, config }) => {
  app.get(
    '/api/setup',
    {
      schema: {
        tags: ['setup'],
        summary: 'Whether this server still waits for its first-run setup.',
        response: { 200: SetupStatus },
      },
    },
    async () => ({ needed: await isSetupNeeded(ctx), tokenRequired: config.requireSetupToken }),
  );

  app.post(
    '/api/setup',
    {
      schema: {
        tags: ['setup'],
        summary: 'Create the organisation and its first administrator, and sign the administrator in. Only while no organisation exists.',
        body: SetupBody,
        response: { 201: MeResponse, ...errors(400, 403, 409, 429) },
      },
      config: {
        rateLimit: {
          max: SETUP_ATTEMPTS_PER_MINUTE,
          timeWindow: 60_000,
          errorResponseBuilder: () => new AppError('rate_limited', 'Too many setup attempts. Wait a minute and try again.'),
        },
      },
    },
    async (request, reply) => {
      const { setupToken, ...input } = request.body;
      const setUp = await setUpOrganisation(ctx, input, {
        token: config.requireSetupToken ? { required: true, given: setupToken } : { required: false },
        signIn: true,
        via: 'web',
      });
      reply.setCookie(SESSION_COOKIE, setUp.session.token, sessionCookieOptions(request, config.publicUrl, setUp.session.expiresAt));
      return reply.status(201).send(me(setUp.admin, setUp.organisation, config));
    },
  );
};
