import type { Context } from '../context.js';
import { recordAuditEvent } from '../db/repositories/audit-events.js';
import { findOrganisation, updateOrganisation } from '../db/repositories/organisations.js';
import { checkedSettings, type OrganisationSettings } from '../domain/organisation-settings.js';
import type { Organisation } from '../domain/organisation.js';
import { AppError, invalidField, notFound } from '../errors.js';
import type { Session } from './authenticate.js';

function requireAdministrator(session: Session): void {
  if (session.user.role !== 'admin') throw new AppError('forbidden', 'Only an administrator can see and change the organisation’s settings.');
}

function settingsOf({ id: _id, ...settings }: Organisation): OrganisationSettings {
  return settings;
}

export async function organisationSettings(ctx: Context, session: Session): Promise<OrganisationSettings> {
  requireAdministrator(session);
  const organisation = await findOrganisation(ctx.db, session.organisation.id);
  if (!organisation) throw notFound('The organisation');
  return settingsOf(organisation);
}

/**
 * Changes some settings, checked together with the rest (a new default language must be among those offered, say).
 * The audit event holds only what changed, before and after; a change that changes nothing writes nothing.
 */
export async function changeOrganisationSettings(ctx: Context, session: Session, changes: Partial<OrganisationSettings>): Promise<OrganisationSettings> {
  requireAdministrator(session);
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const organisation = await findOrganisation(trx, session.organisation.id);
    if (!organisation) throw notFound('The organisation');
    const current = settingsOf(organisation);
    const checked = checkedSettings({ ...current, ...changes });
    if (!checked.ok) throw invalidField(checked.problem.field, checked.problem.message);
    const changed = (Object.keys(checked.settings) as (keyof OrganisationSettings)[]).filter(
      (field) => JSON.stringify(checked.settings[field]) !== JSON.stringify(current[field]),
    );
    if (changed.length === 0) return current;
    const pick = (settings: OrganisationSettings) => Object.fromEntries(changed.map((field) => [field, settings[field]]));
    await updateOrganisation(trx, organisation.id, pick(checked.settings));
    await recordAuditEvent(
      trx,
      {
        organisationId: organisation.id,
        actor: { type: 'user', id: session.user.id },
        subject: { type: 'organisation', id: organisation.id },
        action: 'organisation.settings_changed',
        before: pick(current),
        after: pick(checked.settings),
      },
      now,
    );
    return checked.settings;
  });
}
