import {
  CompiledQuery,
  SelectQueryNode,
  SqliteDialect,
  type DatabaseConnection,
  type Driver,
  type QueryResult,
  type SqliteDatabase,
} from 'kysely';

/**
 * SQLite with two connections to one file in WAL mode: one that writes, and one that only reads. Kysely's own
 * SQLite driver has a single connection, so while one request holds a transaction (a bulk invitation writing
 * thousands of rows) every other request waits for it, even one that only reads. Here a select outside a
 * transaction goes to the reader, which WAL lets see the last committed state while the writer is busy; everything
 * else (writes, and all of a transaction, its reads too) takes its turn on the writer, one at a time as before.
 */
export class ReadWriteSqliteDialect extends SqliteDialect {
  readonly #writer: SqliteDatabase;
  readonly #reader: SqliteDatabase;

  constructor(writer: SqliteDatabase, reader: SqliteDatabase) {
    super({ database: writer });
    this.#writer = writer;
    this.#reader = reader;
  }

  override createDriver(): Driver {
    return new ReadWriteSqliteDriver(this.#writer, this.#reader);
  }
}

class ReadWriteSqliteDriver implements Driver {
  readonly #writerTurn = new Turn();

  constructor(
    private readonly writer: SqliteDatabase,
    private readonly reader: SqliteDatabase,
  ) {}

  async init(): Promise<void> {}

  async acquireConnection(): Promise<DatabaseConnection> {
    return new RoutedConnection(this.writer, this.reader, this.#writerTurn);
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await (connection as RoutedConnection).holdWriter();
    await connection.executeQuery(CompiledQuery.raw('begin'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(connection: DatabaseConnection): Promise<void> {
    (connection as RoutedConnection).release();
  }

  async destroy(): Promise<void> {
    this.reader.close();
    this.writer.close();
  }
}

/** One query, or one transaction: on the reader while it only selects, on the writer (in its turn) from its first write on. */
class RoutedConnection implements DatabaseConnection {
  #holdsWriter = false;

  constructor(
    private readonly writer: SqliteDatabase,
    private readonly reader: SqliteDatabase,
    private readonly writerTurn: Turn,
  ) {}

  async holdWriter(): Promise<void> {
    if (this.#holdsWriter) return;
    await this.writerTurn.take();
    this.#holdsWriter = true;
  }

  release(): void {
    if (!this.#holdsWriter) return;
    this.#holdsWriter = false;
    this.writerTurn.give();
  }

  async executeQuery<R>(compiled: CompiledQuery): Promise<QueryResult<R>> {
    const reads = !this.#holdsWriter && SelectQueryNode.is(compiled.query);
    if (!reads) await this.holdWriter();
    const statement = (reads ? this.reader : this.writer).prepare(compiled.sql);
    if (statement.reader) return { rows: statement.all(compiled.parameters) as R[] };
    const { changes, lastInsertRowid } = statement.run(compiled.parameters);
    return { numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] };
  }

  // Nothing in Samtale streams (nor uses savepoints, which this driver leaves out): refused rather than half-supported.
  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('Streaming queries are not supported');
  }
}

/** Whose turn it is on the writer: one query or transaction at a time, the others waiting in order. */
class Turn {
  #current: Promise<void> | undefined;
  #done: (() => void) | undefined;

  async take(): Promise<void> {
    while (this.#current) await this.#current;
    this.#current = new Promise((resolve) => (this.#done = resolve));
  }

  give(): void {
    const done = this.#done;
    this.#current = undefined;
    this.#done = undefined;
    done?.();
  }
}
