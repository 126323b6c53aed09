import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api/client';
import { fileProblem } from './file-problem';

describe('fileProblem', () => {
  it('reads why a file was refused as a whole', () => {
    const details = [{ field: 'body', in: 'body', message: 'x', file: { problem: 'missing_columns', columns: ['email'] } }];
    expect(fileProblem(new ApiError(400, 'validation_failed', 'x', details))).toEqual({ problem: 'missing_columns', columns: ['email'] });
    expect(fileProblem(new ApiError(413, 'bad_request', 'x'))).toEqual({ problem: 'too_large' });
  });

  it('is null for any other failure', () => {
    expect(fileProblem(new ApiError(400, 'validation_failed', 'x', [{ field: 'body', in: 'body', message: 'x' }]))).toBeNull();
    expect(fileProblem(new ApiError(409, 'conflict', 'x'))).toBeNull();
    expect(fileProblem(new Error('x'))).toBeNull();
  });
});
