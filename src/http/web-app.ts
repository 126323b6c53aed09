import { readFile } from 'node:fs/promises';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import type { NavigationFallback } from './errors.js';

/**
 * React Aria's one inline stylesheet (touch-action on pressable elements, so a tap is not delayed by double-tap
 * zoom), allowed by its hash rather than by 'unsafe-inline'. A new version that changes the text shows up as a
 * CSP refusal in the browser tests.
 */
const REACT_ARIA_PRESS_STYLE = "'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o='";

/** The recruiter web app runs only its own bundle: no inline code, no other origin, and nobody frames it. */
export const WEB_APP_CSP =
  `default-src 'self'; script-src 'self'; style-src 'self' ${REACT_ARIA_PRESS_STYLE}; img-src 'self' data:; font-src 'self'; connect-src 'self'; ` +
  "frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

const YEAR_MS = 365 * 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Samtale</title>
</head>
<body>
<p>The web app has not been built yet: <code>npm start</code> builds it (or <code>npm run build:web</code>).</p>
</body>
</html>
`;

/** Addresses the web app never answers for: the API and the candidates' pages have their own 404s. */
const SERVER_PATHS = ['/api', '/i'];

function acceptsHtml(accept: string | undefined): boolean {
  return (accept ?? '').split(',').some((range) => {
    const [type, ...parameters] = range.split(';').map((part) => part.trim().toLowerCase());
    const quality = parameters.find((parameter) => parameter.startsWith('q='));
    return type === 'text/html' && (quality === undefined || Number(quality.slice(2)) > 0);
  });
}

/**
 * A browser opening one of the app's own addresses (/projects/…/applications, say), which only the app's router
 * knows. Browsers name text/html when they navigate; scripts and API clients, which accept anything or JSON, do not.
 */
function isNavigation(request: FastifyRequest): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const pathname = request.url.split('?')[0]!;
  if (SERVER_PATHS.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`))) return false;
  return acceptsHtml(request.headers.accept);
}

function html(reply: FastifyReply, status: number, cacheControl: string, page: string) {
  return reply.status(status).header('cache-control', cacheControl).header('content-security-policy', WEB_APP_CSP).type('text/html; charset=utf-8').send(page);
}

/**
 * The app's index.html for a navigation, read at each one so that a new build is served without a restart, or a
 * page saying it was never built.
 */
export function webAppNavigation(dir: string): NavigationFallback {
  return {
    takes: isNavigation,
    async answer(reply) {
      try {
        return html(reply, 200, 'no-cache', await readFile(path.join(dir, 'index.html'), 'utf8'));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
        return html(reply, 503, 'no-store', NOT_BUILT_PAGE);
      }
    },
  };
}

/**
 * The built web app's files: Vite's content-hashed assets, cached for good, and the few top-level files (icons,
 * robots.txt) briefly. The top-level files are those present at start; index.html is the not-found handler's.
 */
export const webAppFiles: FastifyPluginAsync<{ dir: string }> = async (app, { dir }) => {
  app.addHook('onSend', async (_request, reply) => {
    reply.header('content-security-policy', WEB_APP_CSP);
  });
  await app.register(fastifyStatic, {
    root: path.join(dir, 'assets'),
    prefix: '/assets/',
    // The build writes a .br and a .gz beside each script and stylesheet, so nothing is compressed per request.
    preCompressed: true,
    decorateReply: false,
    suppressWarning: true,
    maxAge: YEAR_MS,
    immutable: true,
  });
  await app.register(fastifyStatic, {
    root: dir,
    wildcard: false,
    // favicon.ico keeps the server's own empty answer, whose route a file of that name would collide with.
    globIgnore: ['assets/**', 'index.html', 'favicon.ico'],
    index: false,
    decorateReply: false,
    suppressWarning: true,
    maxAge: HOUR_MS,
  });
};
