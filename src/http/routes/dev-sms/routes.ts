import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { listDevSms } from '../../../db/repositories/dev-sms.js';
import { errors, Id, Instant } from '../../schemas.js';
import { requireSession, sessionOf } from '../../session.js';
import type { RouteOptions } from '../options.js';

const DevSms = Type.Object({ id: Id, outboxId: Id, recipient: Type.String(), body: Type.String(), deliveredAt: Instant });

/** The development SMS box: without Twilio configured, text messages are kept here for a person to read. */
export const devSmsRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx }) => {
  requireSession(app, ctx);
  app.get(
    '/api/dev-sms',
    {
      schema: {
        tags: ['development'],
        summary: 'Text messages the development transport delivered for your organisation, newest first (only without Twilio).',
        security: [{ session: [] }],
        response: { 200: Type.Object({ items: Type.Array(DevSms) }), ...errors(401) },
      },
    },
    async (request) => ({ items: await listDevSms(ctx.db, sessionOf(request).organisation.id, 200) }),
  );
};
