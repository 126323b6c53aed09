import { createHash } from 'node:crypto';
import type { Context } from '../context.js';
import { recordAuditEvent } from '../db/repositories/audit-events.js';
import type { Db } from '../db/database.js';
import { checkImportFile, emailsToLookUp, ImportFileError, planImport, type ImportOutcome, type PlannedRow } from '../domain/applicant-import.js';
import type { Actor } from '../domain/audit-event.js';
import { CsvTableError } from '../domain/csv-table.js';
import type { Organisation } from '../domain/organisation.js';
import { AppError } from '../errors.js';
import { addToProject, knownCandidates, openProjectForApplicants } from './applicants-in.js';

export interface ImportPlan {
  rows: PlannedRow[];
  counts: Record<ImportOutcome, number>;
  ignoredColumns: string[];
  /** Names this plan: an import given it is refused if the file would now be imported otherwise. */
  planId: string;
}

/** A file Samtale cannot import as a whole, as a 400 that names the reason for the screen to word. */
function unreadable(error: CsvTableError | ImportFileError): AppError {
  return new AppError('validation_failed', `body ${error.message}`, [{ field: 'body', in: 'body', message: error.message, file: error.detail }]);
}

async function planFor(db: Db, organisation: Organisation, projectId: string, text: string): Promise<ImportPlan> {
  await openProjectForApplicants(db, organisation.id, projectId);
  let file: ReturnType<typeof checkImportFile>;
  try {
    file = checkImportFile(text, organisation.defaultLanguage);
  } catch (error) {
    if (error instanceof CsvTableError || error instanceof ImportFileError) throw unreadable(error);
    throw error;
  }
  const known = await knownCandidates(db, organisation.id, projectId, emailsToLookUp(file.rows));
  const rows = planImport(file.rows, known);
  const counts: Record<ImportOutcome, number> = { new_candidate: 0, existing_candidate: 0, already_in_project: 0, error: 0 };
  for (const row of rows) counts[row.outcome] += 1;
  const planId = createHash('sha256')
    .update(JSON.stringify(rows.map((row) => [row.rowNumber, row.outcome, row.candidateId, row.applicant])))
    .digest('base64url');
  return { rows, counts, ignoredColumns: file.ignoredColumns, planId };
}

export interface ImportRequest {
  organisation: Organisation;
  projectId: string;
  /** The file's text, decoded. */
  text: string;
}

/** What importing the file would do, row by row; changes nothing. */
export function previewApplicantImport(ctx: Context, request: ImportRequest): Promise<ImportPlan> {
  return planFor(ctx.db, request.organisation, request.projectId, request.text);
}

/**
 * Imports the file's rows as the preview shows them, in one transaction: the rows without errors become received
 * applications (new candidates made, known ones reused), rows already in the project are left, rows with errors
 * are reported and not imported. Given the preview's planId, a file that would now be imported otherwise (someone
 * added one of its candidates meanwhile) is refused (409) and nothing is imported.
 */
export async function importApplicants(ctx: Context, request: ImportRequest & { actor: Actor; planId?: string }): Promise<ImportPlan & { imported: number }> {
  const { organisation, projectId, actor } = request;
  const now = ctx.clock.now();
  return ctx.db.transaction().execute(async (trx) => {
    const plan = await planFor(trx, organisation, projectId, request.text);
    if (request.planId !== undefined && request.planId !== plan.planId) {
      throw new AppError('conflict', 'The applicants of the file have changed since the preview; preview it again.');
    }
    const toAdd = plan.rows.flatMap((row) =>
      row.applicant && (row.outcome === 'new_candidate' || row.outcome === 'existing_candidate') ? [{ applicant: row.applicant, candidateId: row.candidateId }] : [],
    );
    await addToProject(trx, { organisationId: organisation.id, projectId, actor, source: 'csv_import' }, toAdd, now);
    await recordAuditEvent(
      trx,
      { organisationId: organisation.id, actor, subject: { type: 'project', id: projectId }, action: 'project.applicants_imported', after: { rows: plan.rows.length, imported: toAdd.length, ...plan.counts } },
      now,
    );
    return { ...plan, imported: toAdd.length };
  });
}
