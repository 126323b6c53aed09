/** What an ATS's key may do: `read` looks, `write` also creates and changes. */
export const API_KEY_SCOPES = ['read', 'write'] as const;
export type ApiKeyScope = (typeof API_KEY_SCOPES)[number];

/** An organisation's key for its ATS, as administrators see it: never the key itself. */
export interface ApiKey {
  id: string;
  name: string;
  scope: ApiKeyScope;
  createdBy: { id: string; name: string };
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

const READING_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** A read key may only read: any request that can change something needs a write key. */
export function scopeAllows(scope: ApiKeyScope, method: string): boolean {
  return scope === 'write' || READING_METHODS.has(method.toUpperCase());
}
