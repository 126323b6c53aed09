import type { Context } from '../context.js';
import { findApiKey, insertApiKey, listApiKeys, revokeApiKey, useLiveApiKey } from '../db/repositories/api-keys.js';
import { recordAuditEvent } from '../db/repositories/audit-events.js';
import { findOrganisation } from '../db/repositories/organisations.js';
import type { ApiKey, ApiKeyScope } from '../domain/api-key.js';
import type { Organisation } from '../domain/organisation.js';
import { AppError, notFound } from '../errors.js';
import { hashToken, newApiKey } from '../security/tokens.js';
import type { Session } from './authenticate.js';

/** An ATS calling with one of its organisation's API keys. */
export interface KeyHolder {
  organisation: Organisation;
  apiKey: { id: string; scope: ApiKeyScope; createdBy: string };
}

/** The organisation behind a live API key, or undefined when the key is unknown or revoked. */
export async function authenticateApiKey(ctx: Context, key: string): Promise<KeyHolder | undefined> {
  const apiKey = await useLiveApiKey(ctx.db, hashToken(key, ctx.secret), ctx.clock.now());
  if (!apiKey) return undefined;
  const organisation = await findOrganisation(ctx.db, apiKey.organisationId);
  return organisation && { organisation, apiKey: { id: apiKey.id, scope: apiKey.scope, createdBy: apiKey.createdBy } };
}

function requireAdministrator(session: Session): void {
  if (session.user.role !== 'admin') throw new AppError('forbidden', 'Only an administrator can manage API keys.');
}

/** A new key, returned this once: only its keyed hash is kept. */
export async function createApiKey(ctx: Context, session: Session, request: { name: string; scope: ApiKeyScope }): Promise<ApiKey & { key: string }> {
  requireAdministrator(session);
  const key = newApiKey();
  const now = ctx.clock.now();
  const organisationId = session.organisation.id;
  const id = await ctx.db.transaction().execute(async (trx) => {
    const created = await insertApiKey(trx, { organisationId, ...request, keyHash: hashToken(key, ctx.secret), createdBy: session.user.id }, now);
    await recordAuditEvent(
      trx,
      { organisationId, actor: { type: 'user', id: session.user.id }, subject: { type: 'api_key', id: created }, action: 'api_key.created', after: request },
      now,
    );
    return created;
  });
  return { ...(await findApiKey(ctx.db, organisationId, id))!, key };
}

export async function organisationApiKeys(ctx: Context, session: Session): Promise<ApiKey[]> {
  requireAdministrator(session);
  return listApiKeys(ctx.db, session.organisation.id);
}

/** Ends a key at once: its next request gets 401. Revoking it again is not found, as it is no longer live. */
export async function revokeOrganisationApiKey(ctx: Context, session: Session, keyId: string): Promise<void> {
  requireAdministrator(session);
  const now = ctx.clock.now();
  const organisationId = session.organisation.id;
  await ctx.db.transaction().execute(async (trx) => {
    if (!(await revokeApiKey(trx, organisationId, keyId, now))) throw notFound('The API key');
    await recordAuditEvent(
      trx,
      { organisationId, actor: { type: 'user', id: session.user.id }, subject: { type: 'api_key', id: keyId }, action: 'api_key.revoked' },
      now,
    );
  });
}
