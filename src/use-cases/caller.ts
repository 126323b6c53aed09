import type { Actor } from '../domain/audit-event.js';
import type { Organisation } from '../domain/organisation.js';

/** Who is acting for an organisation: a signed-in user, or an ATS with the organisation's API key. */
export interface Caller {
  organisation: Organisation;
  actor: Actor;
  /** The user answerable for what the caller does: the signed-in user, or the administrator who created the key. */
  responsibleUserId: string;
}
