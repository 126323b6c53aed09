import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, type ErrorCode } from '../errors.js';

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  rate_limited: 429,
};

const JSON_BODY_ERRORS = new Set(['FST_ERR_CTP_INVALID_JSON_BODY', 'FST_ERR_CTP_EMPTY_JSON_BODY']);

export interface ErrorBody {
  error: { code: string; message: string; details?: unknown };
}

interface FieldProblem {
  field: string;
  in: string;
  message: string;
}

interface AjvIssue {
  instancePath: string;
  keyword: string;
  message?: string;
  params: Record<string, unknown>;
}

/** Turns a schema violation into the field it concerns and a sentence about it. */
function describeIssue(issue: AjvIssue, part: string): FieldProblem {
  const path = issue.instancePath.split('/').filter(Boolean).join('.');
  const extra = issue.params.additionalProperty ?? issue.params.missingProperty;
  const field = [path, typeof extra === 'string' ? extra : ''].filter(Boolean).join('.') || part;
  const message =
    issue.keyword === 'additionalProperties'
      ? 'is not a known field'
      : issue.keyword === 'required'
        ? 'is required'
        : (issue.message ?? 'is not valid');
  return { field, in: part, message };
}

function send(reply: FastifyReply, status: number, body: ErrorBody) {
  return reply.status(status).type('application/json; charset=utf-8').send(body);
}

/**
 * What Fastify's router refuses before any route or error handler runs — a broken percent-encoding, a path parameter
 * longer than it takes — in the usual error shape, without echoing the address.
 */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const message = error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'A part of the address is too long.' : 'The address is not valid.';
  void send(reply, error.statusCode ?? 400, { error: { code: 'bad_request', message } });
}

/** What answers a browser's navigation to an address no route has: the web app, whose router knows its own paths. */
export interface NavigationFallback {
  takes(request: FastifyRequest): boolean;
  answer(reply: FastifyReply): Promise<FastifyReply>;
}

export function registerErrorHandling(app: FastifyInstance, navigation: NavigationFallback): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    if (error instanceof AppError) {
      return send(reply, STATUS_BY_CODE[error.code], {
        error: { code: error.code, message: error.message, ...(error.details === undefined ? {} : { details: error.details }) },
      });
    }
    if (error.validation) {
      const part = error.validationContext ?? 'request';
      const problems = (error.validation as AjvIssue[]).map((issue) => describeIssue(issue, part));
      const first = problems[0]!;
      return send(reply, 400, {
        error: { code: 'validation_failed', message: `${first.in}.${first.field} ${first.message}.`, details: problems },
      });
    }
    if (JSON_BODY_ERRORS.has(error.code)) {
      return send(reply, 400, { error: { code: 'invalid_json', message: 'The request body is not valid JSON.' } });
    }
    const status = error.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      // Fastify's own client errors (unsupported media type, body too large, …) carry safe messages.
      return send(reply, status, { error: { code: 'bad_request', message: error.message } });
    }
    request.log.error({ err: error }, 'request failed');
    return send(reply, 500, { error: { code: 'internal_error', message: 'Something went wrong on our side. Please try again.' } });
  });

  app.setNotFoundHandler((request, reply) =>
    navigation.takes(request)
      ? navigation.answer(reply)
      : send(reply, 404, { error: { code: 'not_found', message: 'There is nothing at this address.' } }),
  );
}
