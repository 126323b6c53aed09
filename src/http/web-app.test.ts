import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RawConnection, requestText } from '../../test/support/raw-http.js';
import { createTestApp, type TestApp } from '../../test/support/test-app.js';

const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'sha256-38RhXrc7EdReTKsOm23ZPOCUgniTUUcjky8QOOrQx6o='; img-src 'self' data:; font-src 'self'; connect-src 'self'; frame-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";
const INDEX_HTML = '<!doctype html><html><head><script type="module" src="/assets/app-abc123.js"></script></head><body><div id="root"></div></body></html>';
const APP_JS = 'document.getElementById("root").textContent = "Samtale";';
/** What a browser sends when it navigates. */
const NAVIGATION = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';
const SECRET = 'a file beside the build that must never be served';

let workspace: string;
let test: TestApp;
beforeAll(async () => {
  workspace = mkdtempSync(path.join(tmpdir(), 'samtale-web-app-'));
  const dir = path.join(workspace, 'dist', 'web');
  mkdirSync(path.join(dir, 'assets'), { recursive: true });
  writeFileSync(path.join(dir, 'index.html'), INDEX_HTML);
  writeFileSync(path.join(dir, 'assets', 'app-abc123.js'), APP_JS);
  writeFileSync(path.join(dir, 'assets', 'app-abc123.js.gz'), gzipSync(APP_JS));
  writeFileSync(path.join(dir, 'assets', 'app-abc123.js.br'), brotliCompressSync(APP_JS));
  writeFileSync(path.join(dir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(path.join(dir, 'robots.txt'), 'User-agent: *\nDisallow: /\n');
  writeFileSync(path.join(workspace, 'package.json'), SECRET);
  writeFileSync(path.join(workspace, 'dist', 'package.json'), SECRET);
  test = await createTestApp({ WEB_APP_DIR: dir });
  await test.app.listen({ host: '127.0.0.1', port: 0 });
});
afterAll(async () => {
  await test.close();
  rmSync(workspace, { recursive: true, force: true });
});

const get = (url: string, accept?: string, method: 'GET' | 'HEAD' | 'POST' = 'GET') =>
  test.app.inject({ method, url, headers: accept ? { accept } : {} });

describe('the web app', () => {
  it.each(['/', '/projects/abc/applications?status=new', '/calendar'])('answers a browser navigating to %s with index.html, never cached', async (url) => {
    const response = await get(url, NAVIGATION);

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-cache');
    expect(response.body).toBe(INDEX_HTML);
  });

  it('answers HEAD for an app address like GET, without a body', async () => {
    const response = await get('/projects/abc', NAVIGATION, 'HEAD');

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.body).toBe('');
  });

  it("serves Vite's content-hashed assets with a year's immutable cache", async () => {
    const response = await get('/assets/app-abc123.js', '*/*');

    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^(text|application)\/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(response.body).toBe(APP_JS);
  });

  it('serves the compressed copy the build made when the browser takes it, and the plain file otherwise', async () => {
    const asset = (encoding: string) => test.app.inject({ url: '/assets/app-abc123.js', headers: { 'accept-encoding': encoding } });

    const brotli = await asset('gzip, deflate, br');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe(APP_JS);
    expect(brotli.headers.vary).toMatch(/accept-encoding/i);

    const gzip = await asset('gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(APP_JS);

    const plain = await asset('identity');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(APP_JS);
  });

  it('serves the other top-level files of the build with a short cache, and keeps the empty /favicon.ico', async () => {
    for (const url of ['/favicon.svg', '/robots.txt']) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['cache-control'], url).toBe('public, max-age=3600');
    }
    expect((await get('/favicon.ico')).statusCode).toBe(204);
  });

  it.each(['/projects/abc', '/assets/app-abc123.js', '/favicon.svg'])('sends %s with the web app’s CSP besides the global headers', async (url) => {
    const response = await get(url, NAVIGATION);

    expect(response.statusCode).toBe(200);
    expect(response.headers).toMatchObject({
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      'x-frame-options': 'DENY',
    });
  });

  it.each([
    ['an unknown API address, even from a browser', 'GET', '/api/nope', NAVIGATION],
    ['an app address asked for as JSON', 'GET', '/projects/abc', 'application/json'],
    ['an app address asked for with any type', 'GET', '/projects/abc', '*/*'],
    ['an app address without an Accept header', 'GET', '/projects/abc', undefined],
    ['an app address refusing HTML', 'GET', '/projects/abc', 'text/html;q=0, application/json'],
    ['a POST to an app address', 'POST', '/projects/abc', NAVIGATION],
    ['a missing asset', 'GET', '/assets/app-000000.js', '*/*'],
  ] as const)('answers %s with the JSON 404', async (_label, method, url, accept) => {
    const response = await get(url, accept, method);

    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'not_found', message: 'There is nothing at this address.' } });
  });

  it("leaves the candidates' addresses under /i/ to their own pages", async () => {
    const link = await get('/i/not-a-real-token', NAVIGATION);
    expect(link.statusCode).toBe(404);
    expect(link.body).not.toBe(INDEX_HTML);
    expect(link.headers['content-security-policy']).not.toBe(CSP);

    const deeper = await get('/i/not-a-real-token/more', NAVIGATION);
    expect(deeper.statusCode).toBe(404);
    expect(deeper.json().error.code).toBe('not_found');
  });

  it.each([
    '/assets/../../package.json',
    '/assets/../../../package.json',
    '/assets/%2e%2e/%2e%2e/package.json',
    '/assets/..%2f..%2fpackage.json',
    '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
    '/assets/..%5c..%5cpackage.json',
    '/assets/%252e%252e/%252e%252e/package.json',
    '/assets/./../../package.json',
    '//assets/../../package.json',
    '/../package.json',
    '/..%2fpackage.json',
    '/%2e%2e/package.json',
  ])('never serves a file outside the build for %s, sent as written', async (url) => {
    // Over a socket: inject() would tidy the dots away before the server saw them.
    const { port } = test.app.server.address() as AddressInfo;
    const connection = await RawConnection.open(port);
    try {
      for (const accept of [NAVIGATION, '*/*']) {
        connection.send(requestText('GET', url, { accept }));
        const response = await connection.response();
        expect(response.body, accept).not.toContain(SECRET);
        expect([200, 400, 403, 404], accept).toContain(response.status);
      }
    } finally {
      connection.close();
    }
  });
});

describe('the web app before it was built', () => {
  let unbuilt: TestApp;
  beforeAll(async () => {
    unbuilt = await createTestApp({ WEB_APP_DIR: path.join(tmpdir(), 'samtale-web-app-never-built') });
  });
  afterAll(() => unbuilt.close());

  it('answers a navigation with a 503 page that says how to build it, under the same strict CSP and without inline code', async () => {
    const response = await unbuilt.app.inject({ url: '/projects/abc', headers: { accept: NAVIGATION } });

    expect(response.statusCode).toBe(503);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['content-security-policy']).toBe(CSP);
    expect(response.body).toMatch(/has not been built.*npm start.*npm run build:web/s);
    expect(response.body).not.toMatch(/<script|<style|\sstyle=|\son\w+=/i);
  });

  it('still answers the API', async () => {
    expect((await unbuilt.app.inject({ url: '/api/health' })).statusCode).toBe(200);
    expect((await unbuilt.app.inject({ url: '/api/nope', headers: { accept: NAVIGATION } })).statusCode).toBe(404);
  });
});
