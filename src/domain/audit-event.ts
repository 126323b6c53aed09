/** An ATS's changes name the API key it used (`api_key`, the key's id), as a key acts for no one user. */
export type ActorType = 'user' | 'candidate' | 'system' | 'api_key';

export interface Actor {
  type: ActorType;
  id: string | null;
}

export const SYSTEM_ACTOR: Actor = { type: 'system', id: null };

/** One change of state, written in the same transaction as the change. */
export interface AuditEventInput {
  organisationId: string;
  actor: Actor;
  subject: { type: string; id: string };
  action: string;
  before?: unknown;
  after?: unknown;
}

export interface AuditEvent {
  id: string;
  actor: Actor & { name: string | null };
  subject: { type: string; id: string };
  action: string;
  before: unknown;
  after: unknown;
  at: string;
}
