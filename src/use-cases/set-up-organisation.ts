import type { Context } from '../context.js';
import { recordAuditEvents } from '../db/repositories/audit-events.js';
import { countOrganisations, insertOrganisation, lockOrganisationsForSetup } from '../db/repositories/organisations.js';
import { insertSession } from '../db/repositories/sessions.js';
import { insertUser } from '../db/repositories/users.js';
import { looksLikeEmailAddress } from '../domain/email-address.js';
import { SUPPORTED_LANGUAGES, type Language } from '../domain/languages.js';
import { checkedSettings } from '../domain/organisation-settings.js';
import type { Organisation } from '../domain/organisation.js';
import { passwordProblem } from '../domain/password-rule.js';
import type { User } from '../domain/user.js';
import { AppError, invalidField } from '../errors.js';
import { hashPassword } from '../security/password.js';
import { isSetupToken } from '../security/setup-token.js';
import { hashToken, newSecretToken } from '../security/tokens.js';
import { SESSION_LIFETIME_MS } from './log-in.js';

export interface SetupInput {
  organisationName: string;
  timeZone: string;
  language: Language;
  adminName: string;
  adminEmail: string;
  password: string;
}

export interface SetupOptions {
  /** The setup token the caller gave, checked when the server requires one; the command line needs none. */
  token: { required: false } | { required: true; given: string | undefined };
  /** Where the request came from, for the audit trail. */
  via: 'web' | 'command_line';
}

export interface SetUp<SignIn extends boolean> {
  organisation: Organisation;
  admin: User;
  /** The administrator's new session when asked to sign in (the web app), none for the command line. */
  session: SignIn extends true ? { token: string; expiresAt: Date } : null;
}

export const alreadySetUp = () => new AppError('conflict', 'Samtale is already set up: an organisation exists. Sign in instead.');

/** Whether this server still waits for its first organisation. */
export async function isSetupNeeded(ctx: Context): Promise<boolean> {
  return (await countOrganisations(ctx.db)) === 0;
}

/**
 * The first run: the organisation and its first administrator, in one transaction, possible only while no
 * organisation exists. Of two setups racing, one makes the organisation and the other gets a conflict.
 */
export async function setUpOrganisation<SignIn extends boolean>(
  ctx: Context,
  input: SetupInput,
  options: SetupOptions & { signIn: SignIn },
): Promise<SetUp<SignIn>> {
  if (!(await isSetupNeeded(ctx))) throw alreadySetUp();
  if (options.token.required && !(options.token.given && isSetupToken(options.token.given, ctx.secret))) {
    throw new AppError('forbidden', 'The setup token is missing or wrong. It is printed by the server at start while no organisation exists.');
  }
  const checked = checkedSettings({
    name: input.organisationName,
    timeZone: input.timeZone,
    defaultLanguage: input.language,
    languages: [...SUPPORTED_LANGUAGES],
    // SMS costs money and needs a provider: an administrator turns it on in the settings.
    smsEnabled: false,
    // Emails need a sender from the start; the administrator's own address until the settings name another.
    defaultSenderAddress: input.adminEmail,
    defaultSenderName: null,
  });
  if (!checked.ok) throw invalidField(checked.problem.field === 'name' ? 'organisationName' : checked.problem.field, checked.problem.message);
  const problem = passwordProblem(input.password);
  if (problem) throw invalidField('password', problem);
  if (input.adminName.trim() === '') throw invalidField('adminName', 'must not be empty.');
  if (!looksLikeEmailAddress(input.adminEmail)) throw invalidField('adminEmail', 'is not an email address.');

  const passwordHash = await hashPassword(input.password);
  const now = ctx.clock.now();
  const token = options.signIn ? newSecretToken() : null;
  const expiresAt = new Date(now.getTime() + SESSION_LIFETIME_MS);
  const { organisation, admin } = await ctx.db.transaction().execute(async (trx) => {
    await lockOrganisationsForSetup(trx);
    if ((await countOrganisations(trx)) > 0) throw alreadySetUp();
    const organisation = await insertOrganisation(trx, checked.settings, now);
    const admin = await insertUser(
      trx,
      { organisationId: organisation.id, name: input.adminName.trim(), email: input.adminEmail, role: 'admin', smsAccess: true, passwordHash },
      now,
    );
    const actor = { type: 'user' as const, id: admin.id };
    await recordAuditEvents(
      trx,
      [
        { organisationId: organisation.id, actor, subject: { type: 'organisation', id: organisation.id }, action: 'organisation.set_up', after: { ...checked.settings, via: options.via } },
        { organisationId: organisation.id, actor, subject: { type: 'user', id: admin.id }, action: 'user.created', after: { name: admin.name, email: admin.email, role: admin.role, smsAccess: admin.smsAccess } },
      ],
      now,
    );
    if (token) await insertSession(trx, { tokenHash: hashToken(token, ctx.secret), userId: admin.id, organisationId: organisation.id, expiresAt }, now);
    return { organisation, admin };
  });
  return { organisation, admin, session: (token ? { token, expiresAt } : null) as SetUp<SignIn>['session'] };
}
