import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { generateApiTypes, SCHEMA_FILE } from '../scripts/api-types.js';

describe("the web app's API types (web/src/api/schema.d.ts)", () => {
  it('are exactly what the server describes in its OpenAPI document today', async () => {
    const committed = await readFile(SCHEMA_FILE, 'utf8');
    const current = await generateApiTypes();
    expect(committed === current, 'web/src/api/schema.d.ts is stale: run `npm run api:types`').toBe(true);
  });
});
