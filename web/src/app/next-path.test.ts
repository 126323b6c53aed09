import { describe, expect, it } from 'vitest';
import { safeNextPath } from './next-path';

describe('the page after signing in', () => {
  it('is the page the user was sent away from, with its filters', () => {
    expect(safeNextPath('/projects/p1/applications?status=received&page=2')).toBe('/projects/p1/applications?status=received&page=2');
  });

  it('is the recruitment overview when there is none', () => {
    expect(safeNextPath(null)).toBe('/projects');
  });

  it('is never another site, however the address is written', () => {
    for (const next of ['//evil.example/x', 'https://evil.example', '/\\evil.example', 'javascript:alert(1)']) {
      expect(safeNextPath(next)).toBe('/projects');
    }
  });
});
