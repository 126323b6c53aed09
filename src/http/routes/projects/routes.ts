import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { ApplicationSort } from '../../../domain/application.js';
import { getProject, projectApplications } from '../../../use-cases/project-applications.js';
import { recruitmentOverview } from '../../../use-cases/recruitment-overview.js';
import { errors, PathWithId, ProjectSchema } from '../../schemas.js';
import { requireSession, sessionOf } from '../../session.js';
import type { RouteOptions } from '../options.js';
import { ApplicationListQuery, ApplicationListResponse, ProjectListResponse } from './schemas.js';

const security = [{ session: [] }];

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
};
