import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { FastifyRequest } from 'fastify';
import { Type } from 'typebox';
import { MAX_LOGO_BYTES } from '../../../domain/organisation-logo.js';
import { AppError, notFound } from '../../../errors.js';
import { organisationLogo, publicLogo, removeLogo, uploadLogo } from '../../../use-cases/organisation-logo.js';
import { errors } from '../../schemas.js';
import { requireSession, sessionOf } from '../../session.js';
import type { RouteOptions } from '../options.js';
import { LogoBody, LogoFileParams, LogoResponse, LogoSchema } from './schemas.js';

const LogoImage = Type.Unsafe<Buffer>({ description: 'The bytes as uploaded.' });
const YEAR_SECONDS = 365 * 24 * 60 * 60;

/** The uploaded bytes; a JSON or form body is refused rather than guessed at. */
function imageBytes(request: FastifyRequest): Buffer {
  if (!Buffer.isBuffer(request.body)) throw new AppError('validation_failed', 'body must be the image file itself, sent with Content-Type: image/png or image/jpeg.');
  return request.body;
}

/** The organisation's logo, for its administrators: see it, upload one in place of any before, remove it. */
const logoAdministration: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx, config }) => {
  requireSession(app, ctx);
  const security = [{ session: [] }];
  // Bytes as sent, whatever image type the browser named (an SVG too): the bytes decide, and a refusal says why.
  for (const type of [/^image\//, 'application/octet-stream']) {
    app.addContentTypeParser(type, { parseAs: 'buffer', bodyLimit: MAX_LOGO_BYTES }, (_request, body, done) => done(null, body));
  }

  app.get(
    '/api/organisation/logo',
    {
      schema: {
        tags: ['organisation'],
        summary: "The organisation's logo, shown at the top of its emails to candidates (administrators).",
        security,
        response: { 200: LogoResponse, ...errors(401, 403) },
      },
    },
    async (request) => ({ logo: await organisationLogo(ctx, config.publicUrl, sessionOf(request)) }),
  );

  app.put(
    '/api/organisation/logo',
    {
      schema: {
        tags: ['organisation'],
        summary: `Upload the organisation's logo in place of any before it (administrators): a PNG or JPEG, at most ${MAX_LOGO_BYTES / 1000} kB.`,
        description: 'The file type is read from its first bytes: SVG and anything else is refused (400, details[0].problem not_png_or_jpeg); a larger file is 413.',
        security,
        body: LogoBody as never,
        response: { 200: LogoSchema, ...errors(400, 401, 403) },
      },
    },
    async (request) => uploadLogo(ctx, config.publicUrl, sessionOf(request), imageBytes(request)),
  );

  app.delete(
    '/api/organisation/logo',
    {
      schema: {
        tags: ['organisation'],
        summary: "Remove the organisation's logo (administrators): emails are headed by its name alone again.",
        security,
        response: { 204: Type.Null(), ...errors(401, 403, 404) },
      },
    },
    async (request, reply) => {
      await removeLogo(ctx, sessionOf(request));
      return reply.status(204).send(null);
    },
  );
};

/** Logos as email clients fetch them: no session, found by the hash of their bytes, cached for good. */
const publicLogos: FastifyPluginAsyncTypebox<RouteOptions> = async (app, { ctx }) => {
  app.get(
    '/logos/:file',
    {
      schema: {
        tags: ['organisation'],
        summary: "An organisation's logo by the address its emails use (no session). The address changes with the logo, so it is cached for a year.",
        params: LogoFileParams,
        response: {
          200: { description: 'The image, PNG or JPEG.', content: { 'image/png': { schema: LogoImage }, 'image/jpeg': { schema: LogoImage } } },
          ...errors(404),
        },
      },
    },
    async (request, reply) => {
      const logo = await publicLogo(ctx, request.params.file);
      if (!logo) throw notFound('The logo');
      return reply
        .type(logo.mediaType)
        .header('cache-control', `public, max-age=${YEAR_SECONDS}, immutable`)
        .header('x-content-type-options', 'nosniff')
        .header('content-security-policy', "default-src 'none'")
        .send(logo.bytes);
    },
  );
};

export const organisationLogoRoutes: FastifyPluginAsyncTypebox<RouteOptions> = async (app, options) => {
  await app.register(logoAdministration, options);
  await app.register(publicLogos, options);
};
