import type { Db } from '../db/database.js';

export interface PlanThenWriteSteps<P, R> {
  /** Reads, checks and renders everything; writes nothing. */
  plan: (db: Db) => Promise<P>;
  /** Inside the transaction: whether what the plan read is still so, locking it until the transaction ends. */
  stillHolds: (trx: Db, plan: P) => Promise<boolean>;
  write: (trx: Db, plan: P) => Promise<R>;
}

/**
 * A bulk send decides and renders before it holds the database, then writes in one transaction: on SQLite every
 * other recruiter's request waits while a transaction is open, and rendering a thousand emails takes far longer
 * than writing them. What the plan read may change in between (an applicant withdraws, the project is closed), so
 * the transaction first checks it, and when it no longer holds, plans again there, holding the database.
 */
export async function planThenWrite<P, R>(db: Db, steps: PlanThenWriteSteps<P, R>): Promise<R> {
  const plan = await steps.plan(db);
  return db.transaction().execute(async (trx) => {
    const current = (await steps.stillHolds(trx, plan)) ? plan : await steps.plan(trx);
    return steps.write(trx, current);
  });
}
