import { describe, expect, it } from 'vitest';
import { fileProblem } from './file-problem';

/** Shaped as ApiError is; the class itself needs a browser. */
const refusal = (status: number, details?: unknown) => ({ status, code: 'validation_failed', message: 'x', details });

describe('fileProblem', () => {
  it('reads why a file was refused as a whole', () => {
    const details = [{ field: 'body', in: 'body', message: 'x', file: { problem: 'missing_columns', columns: ['email'] } }];
    expect(fileProblem(refusal(400, details))).toEqual({ problem: 'missing_columns', columns: ['email'] });
    expect(fileProblem(refusal(413))).toEqual({ problem: 'too_large' });
  });

  it('is null for any other failure', () => {
    expect(fileProblem(refusal(400, [{ field: 'body', in: 'body', message: 'x' }]))).toBeNull();
    expect(fileProblem(refusal(409))).toBeNull();
    expect(fileProblem(new Error('x'))).toBeNull();
  });
});
