import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { TSchema } from 'typebox';
import { applicationByExternalId, candidateByExternalId, projectByExternalId } from '../../../use-cases/integration/read-by-external-id.js';
import { upsertApplication } from '../../../use-cases/integration/upsert-application.js';
import { upsertCandidate } from '../../../use-cases/integration/upsert-candidate.js';
import { upsertProject } from '../../../use-cases/integration/upsert-project.js';
import { errors } from '../../schemas.js';
import { callerOf, requireSession } from '../../session.js';
import type { RouteOptions } from '../options.js';
import {
  ApplicationUpsertBody,
  CandidateUpsertBody,
  IntegrationApplicationSchema,
  IntegrationCandidateSchema,
  IntegrationProjectSchema,
  PathWithExternalId,
  ProjectUpsertBody,
} from './schemas.js';

/** An ATS sends its key; a signed-in recruiter may try the same operations from the API documentation. */
const security: Record<string, string[]>[] = [{ apiKey: [] }, { session: [] }];

const IDEMPOTENT = 'Idempotent: the same request again changes nothing and answers 200. Fields left out keep their values.';

const readSchema = <R extends TSchema>(what: string, response: R) => ({
  tags: ['integration'],
  summary: `The ${what} your ATS knows by this external id (read or write key).`,
  security,
  params: PathWithExternalId,
  response: { 200: response, ...errors(401, 404) },
});

const upsertSchema = <B extends TSchema, R extends TSchema>(what: string, body: B, response: R, more = '') => ({
  tags: ['integration'],
  summary: `Create or update the ${what} your ATS knows by this external id (write key).`,
  description: `201 when it was created, 200 when it existed. ${IDEMPOTENT}${more}`,
  security,
  params: PathWithExternalId,
  body,
  response: { 200: response, 201: response, ...errors(400, 401, 403, ...(more ? [409 as const] : [])) },
});

export const integrationRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx }) => {
  requireSession(app, ctx);

  app.put(
    '/api/integration/projects/:externalId',
    { schema: upsertSchema('recruitment project', ProjectUpsertBody, IntegrationProjectSchema) },
    async (request, reply) => {
      const { project, created } = await upsertProject(ctx, callerOf(request), request.params.externalId, request.body);
      return reply.status(created ? 201 : 200).send(project);
    },
  );

  app.get('/api/integration/projects/:externalId', { schema: readSchema('recruitment project', IntegrationProjectSchema) }, async (request) =>
    projectByExternalId(ctx, callerOf(request).organisation.id, request.params.externalId),
  );

  app.put(
    '/api/integration/candidates/:externalId',
    { schema: upsertSchema('candidate', CandidateUpsertBody, IntegrationCandidateSchema) },
    async (request, reply) => {
      const { candidate, created } = await upsertCandidate(ctx, callerOf(request), request.params.externalId, request.body);
      return reply.status(created ? 201 : 200).send(candidate);
    },
  );

  app.get('/api/integration/candidates/:externalId', { schema: readSchema('candidate', IntegrationCandidateSchema) }, async (request) =>
    candidateByExternalId(ctx, callerOf(request).organisation.id, request.params.externalId),
  );

  app.put(
    '/api/integration/applications/:externalId',
    {
      schema: upsertSchema(
        "candidate's application to a project",
        ApplicationUpsertBody,
        IntegrationApplicationSchema,
        " The project and candidate must exist (400 otherwise). The candidate's application to the project made by hand in Samtale is taken over; 409 when it has another external id, or when the application would move to another project or candidate.",
      ),
    },
    async (request, reply) => {
      const { application, created } = await upsertApplication(ctx, callerOf(request), request.params.externalId, request.body);
      return reply.status(created ? 201 : 200).send(application);
    },
  );

  app.get('/api/integration/applications/:externalId', { schema: readSchema("candidate's application", IntegrationApplicationSchema) }, async (request) =>
    applicationByExternalId(ctx, callerOf(request).organisation.id, request.params.externalId),
  );
};
