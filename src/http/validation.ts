import { Ajv, type Options } from 'ajv';
import addFormats from 'ajv-formats';
import type { FastifySchemaCompiler, FastifySchemaValidationError } from 'fastify';

const common: Options = {
  // Unknown fields are refused (schemas say additionalProperties: false), never silently dropped.
  removeAdditional: false,
  useDefaults: true,
  allErrors: false,
  strict: true,
  // TypeBox marks schemas with symbol-free keywords such as `~kind`; OpenAPI adds `example`.
  strictSchema: false,
};

function createAjv(options: Options): Ajv {
  const ajv = new Ajv({ ...common, ...options });
  addFormats.default(ajv);
  return ajv;
}

// A JSON body must have the right types as sent: "5" is not a number. Query strings and path parameters
// are text by nature, so they are coerced to the schema's types.
const bodyAjv = createAjv({ coerceTypes: false });
const textAjv = createAjv({ coerceTypes: 'array' });

const LONE_SURROGATE = /\p{Surrogate}/u;

/** Why a value no database column or calculation can take, whatever its schema says; undefined when it is fine. */
function unusable(value: unknown): string | undefined {
  if (typeof value === 'string') {
    // PostgreSQL refuses NUL in text; SQLite would keep it. Refused on both so both engines answer alike.
    if (value.includes('\u0000')) return 'must not contain the NUL character (U+0000)';
    // Stored, a lone surrogate silently becomes U+FFFD: the text saved would not be the text sent.
    if (LONE_SURROGATE.test(value)) return 'must be valid Unicode text (it holds a lone surrogate)';
  }
  if (typeof value === 'number') {
    // Ajv coerces "1e309" in a query string to Infinity after its type check, and skips `maximum` for it.
    if (!Number.isFinite(value)) return 'must be a finite number';
    if (Math.abs(value) > Number.MAX_SAFE_INTEGER) return `must be between -${Number.MAX_SAFE_INTEGER} and ${Number.MAX_SAFE_INTEGER}`;
  }
  return undefined;
}

const issue = (instancePath: string, message: string): FastifySchemaValidationError => ({ keyword: 'usable', instancePath, schemaPath: '', params: {}, message });

/**
 * The first string (value or field name) or number in `data` that `unusable` refuses, as a schema issue naming
 * its place. Walked with a stack rather than recursion: the data is bounded by the body limit, not the call stack.
 */
function findUnusableValue(data: unknown): FastifySchemaValidationError | undefined {
  const pending: { value: unknown; path: string }[] = [{ value: data, path: '' }];
  while (pending.length > 0) {
    const { value, path } = pending.pop()!;
    const problem = unusable(value);
    if (problem) return issue(path, problem);
    if (value === null || typeof value !== 'object') continue;
    for (const [key, child] of Object.entries(value)) {
      const keyProblem = unusable(key);
      if (keyProblem) return issue(`${path}/${key}`, `is a field name that ${keyProblem}`);
      pending.push({ value: child, path: `${path}/${key}` });
    }
  }
  return undefined;
}

export const validatorCompiler: FastifySchemaCompiler<object> = ({ schema, httpPart }) => {
  const ajv = httpPart === 'body' ? bodyAjv : textAjv;
  const validate = ajv.compile(schema);
  // Checked after the schema, so that coerced values (numbers from query strings) are seen as the route gets them.
  return (data: unknown) => {
    if (!validate(data)) return { error: validate.errors as FastifySchemaValidationError[] };
    const issue = findUnusableValue(data);
    return issue ? { error: [issue] } : true;
  };
};
