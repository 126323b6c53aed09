import { describe, expect, it } from 'vitest';
import { fileProblem, MAX_LOGO_BYTES, refusalProblem } from './logo-problem';

describe('fileProblem', () => {
  it('refuses an empty file and one over 200 kB before sending it, and lets the server judge the rest', () => {
    expect(fileProblem({ size: 0 })).toBe('empty');
    expect(fileProblem({ size: MAX_LOGO_BYTES + 1 })).toBe('too_large');
    expect(fileProblem({ size: MAX_LOGO_BYTES })).toBeNull();
  });
});

describe('refusalProblem', () => {
  it("reads the server's reason for refusing a file", () => {
    expect(refusalProblem({ status: 400, details: [{ field: 'logo', problem: 'not_png_or_jpeg' }] })).toBe('not_png_or_jpeg');
    expect(refusalProblem({ status: 413 })).toBe('too_large');
  });

  it('is null for failures that are not about the file', () => {
    expect(refusalProblem({ status: 0 })).toBeNull();
    expect(refusalProblem({ status: 403, details: [{ problem: 'not_png_or_jpeg' }] })).toBeNull();
    expect(refusalProblem({ status: 400, details: [{ problem: 'made_up' }] })).toBeNull();
    expect(refusalProblem(new Error('boom'))).toBeNull();
  });
});
