import { randomUUID } from 'node:crypto';
import { sql, type ExpressionBuilder } from 'kysely';
import type { Application, ApplicationQuery, ApplicationWithCandidate } from '../../domain/application.js';
import { APPLICATION_STATUSES, type ApplicationStatus } from '../../domain/application-status.js';
import { insertInChunks, isPostgres, selectInChunks, type Db } from '../database.js';
import type { Database } from '../schema.js';

function applicationsWithCandidate(db: Db, organisationId: string) {
  return db
    .selectFrom('applications')
    .innerJoin('candidates', 'candidates.id', 'applications.candidate_id')
    .where('applications.organisation_id', '=', organisationId);
}

const COLUMNS = [
  'applications.id',
  'applications.project_id',
  'applications.status',
  'applications.submitted_at',
  'applications.updated_at',
  'candidates.id as candidate_id',
  'candidates.first_name',
  'candidates.last_name',
  'candidates.email',
  'candidates.mobile',
  'candidates.language',
] as const;

type Row = Awaited<ReturnType<ReturnType<typeof selectColumns>['executeTakeFirstOrThrow']>>;

function selectColumns(db: Db, organisationId: string) {
  return applicationsWithCandidate(db, organisationId).select(COLUMNS);
}

function toApplication(row: Row): ApplicationWithCandidate {
  return {
    id: row.id,
    projectId: row.project_id,
    status: row.status,
    submittedAt: row.submitted_at,
    updatedAt: row.updated_at,
    candidate: {
      id: row.candidate_id,
      firstName: row.first_name,
      lastName: row.last_name,
      email: row.email,
      mobile: row.mobile,
      language: row.language,
    },
  };
}

/**
 * Every word of the search must occur somewhere in the candidate's name, email or mobile. `search_text` and the words
 * are both lower case, so the word is a plain substring: PostgreSQL's `like` can use a trigram index where there is
 * one, and SQLite's `instr` finds the same rows several times faster than its `like`, which folds case as it goes.
 */
function matchesSearch(search: string, postgres: boolean) {
  const words = search.toLowerCase().split(/\s+/).filter(Boolean);
  return (eb: ExpressionBuilder<Database & { candidates: Database['candidates'] }, 'candidates'>) =>
    eb.and(
      words.map((word) => {
        if (!postgres) return sql<boolean>`instr(${eb.ref('candidates.search_text')}, ${word}) > 0`;
        const pattern = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        return sql<boolean>`${eb.ref('candidates.search_text')} like ${pattern} escape '\\'`;
      }),
    );
}

/** Statuses sort in the order an application moves through them, not alphabetically. */
function inProcessOrder(eb: ExpressionBuilder<Database, 'applications'>) {
  const [first, ...rest] = APPLICATION_STATUSES;
  let order = eb.case().when('applications.status', '=', first).then(0);
  rest.forEach((status, index) => {
    order = order.when('applications.status', '=', status).then(index + 1);
  });
  return order.end();
}

/** "All applications" of a project: one page, and the total matching the filters. */
export async function listProjectApplications(
  db: Db,
  organisationId: string,
  projectId: string,
  query: ApplicationQuery,
): Promise<{ items: ApplicationWithCandidate[]; total: number }> {
  let filtered = applicationsWithCandidate(db, organisationId).where('applications.project_id', '=', projectId);
  if (query.statuses?.length) filtered = filtered.where('applications.status', 'in', query.statuses);
  if (query.search?.trim()) filtered = filtered.where(matchesSearch(query.search, isPostgres(db)));

  const direction = query.descending ? 'desc' : 'asc';
  const sorted = {
    name: () => filtered.orderBy('candidates.last_name', direction).orderBy('candidates.first_name', direction),
    status: () =>
      filtered
        .orderBy(inProcessOrder, direction)
        .orderBy('candidates.last_name', direction)
        .orderBy('candidates.first_name', direction),
    submittedAt: () => filtered.orderBy('applications.submitted_at', direction),
  }[query.sort]();

  const page = sorted.select(COLUMNS).orderBy('applications.id').limit(query.limit).offset(query.offset);
  if (query.search?.trim()) {
    // A search reads each of the project's applications with its candidate once, counting the matches as it pages
    // (a second pass to count them would read them all again); only a page past the last needs the count apart.
    const rows = await page.select((eb) => eb.fn.countAll<number>().over().as('matching')).execute();
    if (rows.length > 0 || query.offset === 0) return { items: rows.map(toApplication), total: Number(rows[0]?.matching ?? 0) };
    const count = await filtered.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
    return { items: [], total: Number(count.count) };
  }
  // Every application has its candidate (a foreign key), so without a search the count needs no join: the project's
  // index alone answers it.
  let counted = db
    .selectFrom('applications')
    .where('applications.organisation_id', '=', organisationId)
    .where('applications.project_id', '=', projectId);
  if (query.statuses?.length) counted = counted.where('applications.status', 'in', query.statuses);
  const [rows, count] = await Promise.all([page.execute(), counted.select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow()]);
  return { items: rows.map(toApplication), total: Number(count.count) };
}

export async function findApplication(
  db: Db,
  organisationId: string,
  applicationId: string,
): Promise<ApplicationWithCandidate | undefined> {
  const row = await selectColumns(db, organisationId).where('applications.id', '=', applicationId).executeTakeFirst();
  return row && toApplication(row);
}

export interface NewApplication {
  organisationId: string;
  projectId: string;
  candidateId: string;
  status: ApplicationStatus;
  submittedAt: Date;
}

export async function insertApplication(db: Db, application: NewApplication): Promise<Application> {
  const [created] = await insertApplications(db, [application]);
  return created!;
}

/** Many applications in a few statements, for an import of thousands. */
export async function insertApplications(db: Db, applications: NewApplication[]): Promise<(Application & { candidateId: string })[]> {
  const created = applications.map((application) => ({
    id: randomUUID(),
    projectId: application.projectId,
    candidateId: application.candidateId,
    status: application.status,
    submittedAt: application.submittedAt.toISOString(),
    updatedAt: application.submittedAt.toISOString(),
  }));
  await insertInChunks(
    db,
    'applications',
    created.map((application, index) => ({
      id: application.id,
      organisation_id: applications[index]!.organisationId,
      project_id: application.projectId,
      candidate_id: application.candidateId,
      status: application.status,
      submitted_at: application.submittedAt,
      updated_at: application.updatedAt,
    })),
  );
  return created;
}

/** Which of these candidates already applied to the project, in a few queries whatever their number. */
export async function candidatesInProject(db: Db, organisationId: string, projectId: string, candidateIds: string[]): Promise<Set<string>> {
  const rows = await selectInChunks(candidateIds, (chunk) =>
    db
      .selectFrom('applications')
      .select('candidate_id')
      .where('organisation_id', '=', organisationId)
      .where('project_id', '=', projectId)
      .where('candidate_id', 'in', chunk)
      .execute(),
  );
  return new Set(rows.map((row) => row.candidate_id));
}

/** Several applications by id, in one query (a bulk invitation may name thousands). */
export async function findApplications(db: Db, organisationId: string, applicationIds: string[]): Promise<ApplicationWithCandidate[]> {
  if (applicationIds.length === 0) return [];
  const rows = await selectColumns(db, organisationId).where('applications.id', 'in', applicationIds).execute();
  return rows.map(toApplication);
}

export async function setApplicationStatus(
  db: Db,
  organisationId: string,
  applicationIds: string[],
  status: ApplicationStatus,
  now: Date,
): Promise<void> {
  if (applicationIds.length === 0) return;
  await db
    .updateTable('applications')
    .set({ status, updated_at: now.toISOString() })
    .where('organisation_id', '=', organisationId)
    .where('id', 'in', applicationIds)
    .execute();
}

/**
 * The statuses of some applications, locked until the transaction ends on PostgreSQL (SQLite runs one writer at a
 * time), so that a withdrawal committed meanwhile is seen rather than overwritten.
 */
export async function lockApplicationStatuses(
  db: Db,
  organisationId: string,
  applicationIds: string[],
): Promise<{ id: string; status: ApplicationStatus }[]> {
  if (applicationIds.length === 0) return [];
  const query = db.selectFrom('applications').select(['id', 'status']).where('organisation_id', '=', organisationId).where('id', 'in', applicationIds);
  return (isPostgres(db) ? query.forUpdate() : query).execute();
}
