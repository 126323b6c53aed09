import { systemClock } from '../clock.js';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { buildServer } from './server.js';

/**
 * The API's OpenAPI document as the server describes itself, without a running server or a real database:
 * the web app's typed client is generated from it (`npm run api:types`).
 */
export async function openApiDocument(): Promise<Record<string, unknown>> {
  const database = openDatabase({ engine: 'sqlite', filename: ':memory:' });
  const config = loadConfig({ SESSION_SECRET: 'openapi-document-only-openapi-document-only', SEED_DEMO: 'false', LOG_LEVEL: 'silent' });
  const app = await buildServer({ config, ctx: { db: database.db, clock: systemClock, secret: config.sessionSecret } });
  try {
    await app.ready();
    return app.swagger() as unknown as Record<string, unknown>;
  } finally {
    await app.close();
    await database.close();
  }
}
