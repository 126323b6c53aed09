import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { ApplicationSort } from '../../../domain/application.js';
import { createProject } from '../../../use-cases/create-project.js';
import { editProject, setProjectStatus } from '../../../use-cases/edit-project.js';
import { getProject, projectApplications } from '../../../use-cases/project-applications.js';
import { recruitmentOverview } from '../../../use-cases/recruitment-overview.js';
import { errors, PathWithId, ProjectSchema } from '../../schemas.js';
import { callerOf, requireSession, sessionOf } from '../../session.js';
import type { RouteOptions } from '../options.js';
import { projectApplicantRoutes } from '../project-applicants/routes.js';
import { ApplicationListQuery, ApplicationListResponse, NewProjectBody, ProjectChangesBody, ProjectListResponse } from './schemas.js';

const security = [{ session: [] }];
/** Setting a project up is open to an ATS with a write key too. */
const setupSecurity: Record<string, string[]>[] = [{ session: [] }, { apiKey: [] }];

export const projectRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx }) => {
  requireSession(app, ctx);

  app.get(
    '/api/projects',
    {
      schema: {
        tags: ['projects'],
        summary: 'The recruitment overview: every project with its applications counted per status.',
        security,
        response: { 200: ProjectListResponse, ...errors(401) },
      },
    },
    async (request) => ({ items: await recruitmentOverview(ctx, sessionOf(request).organisation.id) }),
  );

  app.post(
    '/api/projects',
    {
      schema: {
        tags: ['projects'],
        summary: 'New project: an open recruitment project with a title, a reference and an owner.',
        security: setupSecurity,
        body: NewProjectBody,
        response: { 201: ProjectSchema, ...errors(400, 401) },
      },
    },
    async (request, reply) => {
      const { organisation, actor, responsibleUserId } = callerOf(request);
      const { title, reference = '', ownerId = responsibleUserId } = request.body;
      const project = await createProject(ctx, { organisationId: organisation.id, actor, title, reference, ownerId });
      return reply.status(201).send(project);
    },
  );

  app.patch(
    '/api/projects/:projectId',
    {
      schema: {
        tags: ['projects'],
        summary: "Edit a project's title, reference or owner; a field left out keeps its value.",
        security: setupSecurity,
        params: PathWithId('projectId'),
        body: ProjectChangesBody,
        response: { 200: ProjectSchema, ...errors(400, 401, 404) },
      },
    },
    async (request) => {
      const { organisation, actor } = callerOf(request);
      return editProject(ctx, { organisationId: organisation.id, actor, projectId: request.params.projectId, changes: request.body });
    },
  );

  for (const [action, status] of [['close', 'closed'], ['reopen', 'open']] as const) {
    app.post(
      `/api/projects/:projectId/${action}`,
      {
        schema: {
          tags: ['projects'],
          summary:
            status === 'closed'
              ? 'Close a project: it stays in the overview, and no applicants can be added to it until it is reopened.'
              : 'Reopen a closed project.',
          security: setupSecurity,
          params: PathWithId('projectId'),
          response: { 200: ProjectSchema, ...errors(401, 404) },
        },
      },
      async (request) => {
        const { organisation, actor } = callerOf(request);
        return setProjectStatus(ctx, { organisationId: organisation.id, actor, projectId: request.params.projectId, status });
      },
    );
  }

  app.get(
    '/api/projects/:projectId',
    {
      schema: {
        tags: ['projects'],
        summary: 'One recruitment project.',
        security,
        params: PathWithId('projectId'),
        response: { 200: ProjectSchema, ...errors(401, 404) },
      },
    },
    async (request) => getProject(ctx, sessionOf(request).organisation.id, request.params.projectId),
  );

  app.get(
    '/api/projects/:projectId/applications',
    {
      schema: {
        tags: ['projects'],
        summary: "All applications of a project, with the candidates' contact details and language.",
        security,
        params: PathWithId('projectId'),
        querystring: ApplicationListQuery,
        response: { 200: ApplicationListResponse, ...errors(400, 401, 404) },
      },
    },
    async (request) => {
      const { status, q, sort = '-submittedAt', page = 1, pageSize = 50 } = request.query;
      const { items, total } = await projectApplications(ctx, sessionOf(request).organisation.id, request.params.projectId, {
        ...(status ? { statuses: status } : {}),
        ...(q ? { search: q } : {}),
        sort: sort.replace(/^-/, '') as ApplicationSort,
        descending: sort.startsWith('-'),
        limit: pageSize,
        offset: (page - 1) * pageSize,
      });
      return { items, page, pageSize, total };
    },
  );

  // Under the projects' own session check: adding applicants is part of setting a project up.
  await app.register(projectApplicantRoutes, { ctx });
};
