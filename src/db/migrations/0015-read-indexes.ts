import { sql, type Kysely } from 'kysely';
import type { ColumnTypes } from './column-types.js';

/** Indexes for the screens a recruiter of a big organisation waits for (issue 14, benchmark 4). */
export async function up(db: Kysely<unknown>, t: ColumnTypes): Promise<void> {
  // Recruitment overview counts every application of the organisation per project and status: read from this index
  // alone (in project order, no sort), never from the table. It also serves a project's count with a status filter.
  await db.schema
    .createIndex('applications_organisation_project_status_idx')
    .on('applications')
    .columns(['organisation_id', 'project_id', 'status'])
    .execute();
  // All applications' first page in the default order (newest first) reads the newest of the project's applications
  // and stops at the page's end, rather than sorting thousands.
  await db.schema
    .createIndex('applications_project_submitted_idx')
    .on('applications')
    .columns(['organisation_id', 'project_id', 'submitted_at'])
    .execute();
  // All applications sorted by name can walk the candidates in name order and stop at the page's end.
  await db.schema.createIndex('candidates_name_idx').on('candidates').columns(['last_name', 'first_name']).execute();
  // Searching applicants by any part of a name, email or mobile (`like '%word%'`) can use no b-tree. On PostgreSQL,
  // where the pg_trgm extension is installed and may be created (it is trusted: a database owner may), a trigram
  // index finds the candidates with the word; without it the search reads the project's applications, which the
  // project's index bounds.
  if (t.instant === 'timestamptz') {
    await sql`
      do $$
      begin
        if exists (select 1 from pg_available_extensions where name = 'pg_trgm') then
          create extension if not exists pg_trgm;
        end if;
        if exists (select 1 from pg_extension where extname = 'pg_trgm') then
          create index candidates_search_trgm_idx on candidates using gin (search_text gin_trgm_ops);
        end if;
      exception when insufficient_privilege then
        raise notice 'pg_trgm is not available to this user: searching candidates reads each project''s applications';
      end
      $$`.execute(db);
  }
}
