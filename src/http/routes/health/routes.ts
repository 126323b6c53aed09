import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { isReachable } from '../../../db/database.js';
import { oldestOverdueSeconds } from '../../../db/repositories/messages.js';
import { Instant } from '../../schemas.js';
import type { RouteOptions } from '../options.js';

const HealthResponse = Type.Object({
  status: Type.Enum(['ok', 'unavailable']),
  worker: Type.Optional(
    Type.Object({
      inProcess: Type.Boolean({ description: 'Whether this process runs the outbox worker (RUN_WORKER).' }),
      lastTickAt: Type.Union([Instant, Type.Null()], { description: "When this process's worker last finished a pass." }),
    }),
  ),
  outbox: Type.Optional(
    Type.Object({
      oldestOverdueSeconds: Type.Union([Type.Integer(), Type.Null()], {
        description: 'How long the longest-waiting due message has waited; grows when no worker delivers.',
      }),
    }),
  ),
});

export const healthRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx, worker }) => {
  app.get(
    '/api/health',
    {
      schema: {
        tags: ['operations'],
        summary: "Whether the service and its database answer, the worker's last pass and the oldest overdue message.",
        response: { 200: HealthResponse, 503: HealthResponse },
      },
    },
    async (_request, reply) => {
      if (!(await isReachable(ctx.db))) return reply.status(503).send({ status: 'unavailable' as const });
      return {
        status: 'ok' as const,
        worker: { inProcess: worker !== null, lastTickAt: worker?.lastTickAt()?.toISOString() ?? null },
        outbox: { oldestOverdueSeconds: await oldestOverdueSeconds(ctx.db, ctx.clock.now()) },
      };
    },
  );
};
