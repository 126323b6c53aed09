import { Type } from 'typebox';
import { API_KEY_SCOPES } from '../../../domain/api-key.js';
import { Id, Instant } from '../../schemas.js';

const ScopeSchema = Type.Enum([...API_KEY_SCOPES], { description: '`read` may only read (GET); `write` may also create and change.' });

export const CreateApiKeyBody = Type.Object(
  {
    name: Type.String({ minLength: 1, maxLength: 100, description: 'What the key is for, e.g. the ATS it is given to; audit events name it.' }),
    scope: ScopeSchema,
  },
  { additionalProperties: false },
);

export const ApiKeySchema = Type.Object({
  id: Id,
  name: Type.String(),
  scope: ScopeSchema,
  createdBy: Type.Object({ id: Id, name: Type.String() }, { description: 'The administrator who created it.' }),
  createdAt: Instant,
  lastUsedAt: Type.Union([Instant, Type.Null()], { description: 'When it was last used, to the minute; null if never.' }),
  revokedAt: Type.Union([Instant, Type.Null()], { description: 'When it was revoked; a revoked key gets 401.' }),
});

export const CreatedApiKeySchema = Type.Object({
  ...ApiKeySchema.properties,
  key: Type.String({ description: 'The key, for `Authorization: Bearer <key>`. Shown only this once: Samtale keeps only a keyed hash of it.' }),
});

export const ApiKeyListResponse = Type.Object({ items: Type.Array(ApiKeySchema, { description: 'Newest first, revoked keys included.' }) });
