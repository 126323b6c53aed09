import { writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';
import { openApiDocument } from '../src/http/openapi-document.js';

/** Where the web app keeps its API types; `npm run api:types` writes them, a test fails when they are stale. */
export const SCHEMA_FILE = new URL('../web/src/api/schema.d.ts', import.meta.url);

const HEADER = "// Generated from the server's OpenAPI document by `npm run api:types`. Do not edit: a test fails when it is stale.\n\n";

export async function generateApiTypes(): Promise<string> {
  const document = await openApiDocument();
  const ast = await openapiTS(document as unknown as OpenAPI3, { alphabetize: true });
  return HEADER + astToString(ast);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await writeFile(SCHEMA_FILE, await generateApiTypes());
