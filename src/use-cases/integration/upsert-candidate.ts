import type { Context } from '../../context.js';
import {
  findCandidateByExternalId,
  insertCandidateIfNew,
  lockCandidateByExternalId,
  lockUnlinkedCandidateByEmail,
  updateCandidateFields,
  type ExternalCandidateFields,
} from '../../db/repositories/external-candidates.js';
import type { Candidate } from '../../domain/candidate.js';
import type { Language } from '../../domain/languages.js';
import { normaliseMobileNumber } from '../../domain/mobile-number.js';
import { invalidField } from '../../errors.js';
import type { Caller } from '../caller.js';
import { upsertByExternalId } from './upsert-by-external-id.js';

export interface CandidateUpsert {
  firstName: string;
  lastName: string;
  email: string;
  /** Null removes it; left out, it keeps its value. */
  mobile?: string | null;
  /** Left out, a new candidate gets the organisation's default and an existing one keeps theirs. */
  language?: Language;
}

function mobileNumber(mobile: string | null | undefined): string | null | undefined {
  if (mobile === undefined || mobile === null) return mobile;
  const parsed = normaliseMobileNumber(mobile);
  if (!parsed.ok) throw invalidField('mobile', parsed.reason === 'not_mobile' ? 'is a landline number, not a mobile number.' : 'is not a phone number.');
  return parsed.e164;
}

/**
 * Creates or updates the candidate the ATS knows by `externalId`, in one transaction. A candidate with the same email
 * whom no ATS knows yet (entered by hand or imported) is taken over, as adding an applicant by hand reuses a known
 * email: one person stays one candidate.
 */
export async function upsertCandidate(
  ctx: Context,
  caller: Caller,
  externalId: string,
  request: CandidateUpsert,
): Promise<{ candidate: Candidate & { externalId: string }; created: boolean }> {
  const now = ctx.clock.now();
  const organisationId = caller.organisation.id;
  const mobile = mobileNumber(request.mobile);
  const update: Partial<ExternalCandidateFields> = {
    externalId,
    firstName: request.firstName,
    lastName: request.lastName,
    email: request.email.trim(),
    mobile,
    language: request.language,
  };
  const create: ExternalCandidateFields = {
    externalId,
    firstName: request.firstName,
    lastName: request.lastName,
    email: request.email.trim(),
    mobile: mobile ?? null,
    language: request.language ?? caller.organisation.defaultLanguage,
  };
  const { created } = await ctx.db.transaction().execute((trx) =>
    upsertByExternalId(trx, caller, now, externalId, { create, update }, {
      subjectType: 'candidate',
      lock: async (db) =>
        (await lockCandidateByExternalId(db, organisationId, externalId)) ?? lockUnlinkedCandidateByEmail(db, organisationId, create.email),
      insert: (db) => insertCandidateIfNew(db, organisationId, externalId, create, now),
      update: (db, { id, ...current }, changes) => updateCandidateFields(db, organisationId, id, { ...current, ...changes.after }),
    }),
  );
  return { candidate: (await findCandidateByExternalId(ctx.db, organisationId, externalId))!, created };
}
