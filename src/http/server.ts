import { randomUUID } from 'node:crypto';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import Fastify, { LogController, type FastifyInstance, type FastifyReply, type FastifyRequest, type FastifyServerOptions } from 'fastify';
import { developmentTransports, type Config } from '../config.js';
import type { Context } from '../context.js';
import { candidatePageRoutes } from '../candidate-page/routes.js';
import { frameworkErrors, registerErrorHandling } from './errors.js';
import { clockRateLimitStore } from './rate-limit-store.js';
import { apiKeyRoutes } from './routes/api-keys/routes.js';
import { applicationRoutes } from './routes/applications/routes.js';
import { authRoutes } from './routes/auth/routes.js';
import { calendarRoutes } from './routes/calendar/routes.js';
import { devMailboxRoutes } from './routes/dev-mailbox/routes.js';
import { interviewRoutes } from './routes/interviews/routes.js';
import { messageRoutes } from './routes/messages/routes.js';
import { organisationLogoRoutes } from './routes/organisation-logo/routes.js';
import { organisationSettingsRoutes } from './routes/organisation-settings/routes.js';
import { interviewInvitationRoutes } from './routes/interview-invitations/routes.js';
import { bookingOfferRoutes } from './routes/booking-offers/routes.js';
import { invitationRoutes } from './routes/invitations/routes.js';
import { devSmsRoutes } from './routes/dev-sms/routes.js';
import { healthRoutes } from './routes/health/routes.js';
import { integrationRoutes } from './routes/integration/routes.js';
import type { WorkerStatus } from './routes/options.js';
import { projectRoutes } from './routes/projects/routes.js';
import { recruiterRoutes } from './routes/recruiters/routes.js';
import { passwordRoutes } from './routes/passwords/routes.js';
import { userRoutes } from './routes/users/routes.js';
import { setupRoutes } from './routes/setup/routes.js';
import { templateRoutes } from './routes/templates/routes.js';
import { webhookRoutes } from './routes/webhooks/routes.js';
import { ErrorResponse } from './schemas.js';
import { SESSION_COOKIE } from './session.js';
import { validatorCompiler } from './validation.js';
import { webAppFiles, webAppNavigation } from './web-app.js';

export interface ServerOptions {
  config: Config;
  ctx: Context;
  /** Where log lines go; tests pass a stream to read them. Defaults to standard output. */
  logStream?: NodeJS.WritableStream;
  /** The outbox worker of this process, for the health check. */
  worker?: WorkerStatus | null;
}

/**
 * What a log line may say about a request: the route pattern, never the raw URL, because paths and
 * query strings can carry tokens and candidates' names.
 */
function requestForLog(request: FastifyRequest) {
  return { method: request.method, route: request.routeOptions?.url ?? '(no route)' };
}

/**
 * One line per request at `info`, written when it is answered, rather than Fastify's two: half the logging's cost on
 * every request, and the line an operator reads has the route and the status together. A request's arrival is
 * logged at `debug`, for following one that never ends.
 */
class OneLinePerRequest extends LogController {
  override incomingRequest(request: FastifyRequest): void {
    request.log.debug({ req: request }, 'incoming request');
  }

  override requestCompleted(error: Error | null, request: FastifyRequest, reply: FastifyReply): void {
    if (error) reply.log.error({ req: request, res: reply, err: error, responseTime: reply.elapsedTime }, 'request errored');
    else reply.log.info({ req: request, res: reply, responseTime: reply.elapsedTime }, 'request completed');
  }
}

function loggerOptions(config: Config, logStream?: NodeJS.WritableStream): FastifyServerOptions['logger'] {
  return {
    level: config.logLevel,
    ...(logStream ? { stream: logStream } : {}),
    redact: {
      paths: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]', '*.password', '*.token'],
      censor: '[redacted]',
    },
    serializers: {
      req: requestForLog,
      res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
    },
  };
}

export async function buildServer({ config, ctx, logStream, worker = null }: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: loggerOptions(config, logStream),
    genReqId: () => randomUUID(),
    logController: new OneLinePerRequest({ requestIdLogLabel: 'requestId' }),
    trustProxy: config.trustProxy,
    return503OnClosing: true,
    frameworkErrors,
  }).withTypeProvider<TypeBoxTypeProvider>();

  app.setValidatorCompiler(validatorCompiler);
  registerErrorHandling(app, webAppNavigation(config.webAppDir));
  app.addSchema(ErrorResponse);

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    // A route that is meant to be framed by the web app says so itself.
    if (!reply.hasHeader('x-frame-options')) reply.header('x-frame-options', 'DENY');
    if (request.url.startsWith('/api/') && !request.url.startsWith('/api/docs')) reply.header('cache-control', 'no-store');
  });

  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false, store: clockRateLimitStore(ctx.clock) });
  await app.register(fastifySwagger, {
    // Shared schemas keep their own names ("Error") in the document, so generated clients can name them too.
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Samtale API',
        version: '0.1.0',
        description: 'Interview scheduling for recruiters. Errors always have the shape {error: {code, message, details?}}.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          apiKey: { type: 'http', scheme: 'bearer', description: "An organisation's API key for its ATS (POST /api/api-keys), as `Authorization: Bearer <key>`." },
        },
      },
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  // Browsers ask for it on every page; an empty answer keeps their consoles and our logs free of 404s.
  app.get('/favicon.ico', { schema: { hide: true } }, async (_request, reply) => reply.status(204).header('cache-control', 'public, max-age=86400').send());

  const routeOptions = { ctx, config, worker };
  await app.register(healthRoutes, routeOptions);
  await app.register(authRoutes, routeOptions);
  await app.register(setupRoutes, routeOptions);
  await app.register(organisationSettingsRoutes, routeOptions);
  await app.register(organisationLogoRoutes, routeOptions);
  await app.register(projectRoutes, routeOptions);
  await app.register(recruiterRoutes, routeOptions);
  await app.register(userRoutes, routeOptions);
  await app.register(passwordRoutes, routeOptions);
  await app.register(applicationRoutes, routeOptions);
  await app.register(interviewInvitationRoutes, routeOptions);
  await app.register(bookingOfferRoutes, routeOptions);
  await app.register(interviewRoutes, routeOptions);
  await app.register(invitationRoutes, routeOptions);
  await app.register(messageRoutes, routeOptions);
  await app.register(templateRoutes, routeOptions);
  await app.register(calendarRoutes, routeOptions);
  await app.register(apiKeyRoutes, routeOptions);
  await app.register(integrationRoutes, routeOptions);
  await app.register(webhookRoutes, routeOptions);
  await app.register(candidatePageRoutes, routeOptions);
  const development = developmentTransports(config);
  if (development.mailbox) await app.register(devMailboxRoutes, routeOptions);
  if (development.sms) await app.register(devSmsRoutes, routeOptions);
  // The built app's files; navigations to the app's own paths are the not-found handler's (registerErrorHandling).
  await app.register(webAppFiles, { dir: config.webAppDir });
  return app;
}
