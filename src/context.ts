import type { Clock } from './clock.js';
import type { Db } from './db/database.js';

/** What use cases need from the outside world, passed in so tests can supply their own clock and database. */
export interface Context {
  db: Db;
  clock: Clock;
  /** Keys the hashes of session tokens (and, later, confirmation links). */
  secret: string;
}
