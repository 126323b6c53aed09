import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { decodeSpreadsheetText } from '../../../domain/spreadsheet-text.js';
import { AppError } from '../../../errors.js';
import { addApplicant } from '../../../use-cases/add-applicant.js';
import { importApplicants, previewApplicantImport, type ImportPlan } from '../../../use-cases/import-applicants.js';
import { errors, PathWithId } from '../../schemas.js';
import { callerOf } from '../../session.js';
import type { RouteOptions } from '../options.js';
import { AddedApplicantResponse, CsvBody, ImportPreviewResponse, ImportQuery, ImportResponse, MAX_CSV_BYTES, NewApplicantBody } from './schemas.js';

const security: Record<string, string[]>[] = [{ session: [] }, { apiKey: [] }];

/** The file's text; anything but a text/csv body (JSON, a form, plain text) is refused rather than guessed at. */
function csvText(request: FastifyRequest): string {
  const mediaType = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (mediaType !== 'text/csv' || typeof request.body !== 'string') {
    throw new AppError('validation_failed', 'body must be the CSV file itself, sent with Content-Type: text/csv.');
  }
  return request.body;
}

const planResponse = ({ rows, counts, ignoredColumns, planId }: ImportPlan) => ({
  planId,
  counts,
  ignoredColumns,
  rows: rows.map(({ rowNumber, values, outcome, problems, candidateId }) => ({ rowNumber, values, outcome, problems, candidateId })),
});

/** Applicants into a project: one typed in by hand, or a spreadsheet of them. Registered under the project routes' session check. */
export const projectApplicantRoutes: FastifyPluginAsyncTypebox<Pick<RouteOptions, 'ctx'>> = async (app, { ctx }) => {
  // Bytes, not text: the encoding is found from them (UTF-8, UTF-16 or Windows-1252), before the schema sees the text.
  app.addContentTypeParser('text/csv', { parseAs: 'buffer', bodyLimit: MAX_CSV_BYTES }, (_request, body, done) => {
    done(null, decodeSpreadsheetText(body as Buffer));
  });

  app.post(
    '/api/projects/:projectId/applications',
    {
      schema: {
        tags: ['projects'],
        summary:
          'Add applicant: a candidate as a received application of an open project. An email the organisation knows reuses that candidate; one already in the project is 409.',
        security,
        params: PathWithId('projectId'),
        body: NewApplicantBody,
        response: { 201: AddedApplicantResponse, ...errors(400, 401, 404, 409) },
      },
    },
    async (request, reply) => {
      const { organisation, actor } = callerOf(request);
      const { firstName, lastName, email, mobile = '', language = '' } = request.body;
      const { application, candidate } = await addApplicant(ctx, {
        organisation,
        actor,
        projectId: request.params.projectId,
        values: { firstName, lastName, email, mobile, language },
      });
      const { projectId: _projectId, ...item } = application;
      return reply.status(201).send({ application: item, candidateOutcome: candidate === 'new' ? 'new_candidate' : 'existing_candidate' });
    },
  );

  app.post(
    '/api/projects/:projectId/applicant-import/preview',
    {
      schema: {
        tags: ['projects'],
        summary: 'What importing a CSV file of applicants into an open project would do, row by row; changes nothing.',
        security,
        params: PathWithId('projectId'),
        body: CsvBody as never,
        response: { 200: ImportPreviewResponse, ...errors(400, 401, 404, 409) },
      },
    },
    async (request) => {
      const plan = await previewApplicantImport(ctx, { organisation: callerOf(request).organisation, projectId: request.params.projectId, text: csvText(request) });
      return planResponse(plan);
    },
  );

  app.post(
    '/api/projects/:projectId/applicant-import',
    {
      schema: {
        tags: ['projects'],
        summary:
          'Import a CSV file of applicants into an open project in one transaction: rows without errors become received applications, rows with errors are reported and not imported.',
        security,
        params: PathWithId('projectId'),
        querystring: ImportQuery,
        body: CsvBody as never,
        response: { 200: ImportResponse, ...errors(400, 401, 404, 409) },
      },
    },
    async (request) => {
      const { organisation, actor } = callerOf(request);
      const result = await importApplicants(ctx, {
        organisation,
        actor,
        projectId: request.params.projectId,
        text: csvText(request),
        ...(request.query.planId === undefined ? {} : { planId: request.query.planId }),
      });
      return { ...planResponse(result), imported: result.imported };
    },
  );
};
