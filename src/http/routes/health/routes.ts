import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { isReachable } from '../../../db/database.js';
import { outboxBacklog } from '../../../db/repositories/messages.js';
import { outboxHealth, redactDeliveryError } from '../../../domain/outbox-health.js';
import { Instant } from '../../schemas.js';
import type { RouteOptions } from '../options.js';

const count = (description: string) => Type.Integer({ minimum: 0, description });

const HealthResponse = Type.Object({
  status: Type.Enum(['ok', 'degraded', 'unavailable'], {
    description: '`degraded`: the service answers but delivery is in trouble (see `problems`); `unavailable`: the database does not answer.',
  }),
  problems: Type.Optional(
    Type.Array(Type.Enum(['delivery_failing', 'sender_stalled', 'falling_behind']), {
      description:
        '`delivery_failing`: messages wait for a retry (the mail or SMS service refuses or does not answer); `sender_stalled`: a worker ' +
        "holds messages past its lease (it most likely crashed; another worker takes them over); `falling_behind`: the oldest undelivered message has waited more than 5 minutes (no worker runs, or it cannot keep up).",
    }),
  ),
  worker: Type.Optional(
    Type.Object({
      inProcess: Type.Boolean({ description: 'Whether this process runs the outbox worker (RUN_WORKER).' }),
      lastTickAt: Type.Union([Instant, Type.Null()], { description: "When this process's worker last finished a pass." }),
    }),
  ),
  outbox: Type.Optional(
    Type.Object({
      oldestOverdueSeconds: Type.Union([Type.Integer(), Type.Null()], {
        description: 'Age of the oldest message not yet delivered (queued, in flight or waiting for a retry), counted from when it first fell due.',
      }),
      overdue: count('Messages due and waiting for a worker.'),
      sending: count('Messages a worker is sending now.'),
      claimedPastLease: count("Messages held by a worker whose lease ran out: it stopped without a word."),
      waitingForRetry: count('Messages whose last try failed, waiting for the next.'),
      failedLastHour: count('Messages given up as failed in the last hour.'),
      lastError: Type.Union([Type.Object({ at: Instant, message: Type.String({ description: "The server's answer, addresses and numbers blanked." }) }), Type.Null()], {
        description: 'The latest failed try among the messages waiting for a retry or failed in the last hour.',
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
        summary: "Whether the service and its database answer, and whether messages are being delivered.",
        description: 'Answers 200 while the database answers, also when degraded: a mail outage is no reason to stop serving recruiters.',
        response: { 200: HealthResponse, 503: HealthResponse },
      },
    },
    async (_request, reply) => {
      if (!(await isReachable(ctx.db))) return reply.status(503).send({ status: 'unavailable' as const });
      const now = ctx.clock.now();
      const backlog = await outboxBacklog(ctx.db, now);
      const { problems, oldestOverdueSeconds } = outboxHealth(backlog, now);
      const { oldestUndeliveredDueAt: _oldest, lastError, ...counts } = backlog;
      return {
        status: problems.length > 0 ? ('degraded' as const) : ('ok' as const),
        problems,
        worker: { inProcess: worker !== null, lastTickAt: worker?.lastTickAt()?.toISOString() ?? null },
        outbox: { oldestOverdueSeconds, ...counts, lastError: lastError && { at: lastError.at, message: redactDeliveryError(lastError.message) } },
      };
    },
  );
};
