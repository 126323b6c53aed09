import { describe, expect, it } from 'vitest';
import { scopeAllows } from './api-key.js';

describe('scopeAllows', () => {
  it('lets a read key read and nothing else', () => {
    expect(['GET', 'HEAD', 'get'].map((method) => scopeAllows('read', method))).toEqual([true, true, true]);
    expect(['PUT', 'POST', 'PATCH', 'DELETE'].map((method) => scopeAllows('read', method))).toEqual([false, false, false, false]);
  });

  it('lets a write key do both', () => {
    expect(['GET', 'PUT', 'DELETE'].map((method) => scopeAllows('write', method))).toEqual([true, true, true]);
  });
});
