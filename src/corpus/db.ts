import type { DuckDBAppender, DuckDBConnection, DuckDBInstance, DuckDBValue } from '@duckdb/node-api';
import { NarrativeDiffError } from '../errors.js';

/** The module the corpus index is stored with; an optional dependency of narrative-diff. */
export const DUCKDB_MODULE = '@duckdb/node-api';

/** What the corpus needs of `@duckdb/node-api`. @internal */
interface DuckDBModule {
  readonly DuckDBInstance: { create(path?: string, options?: Record<string, string>): Promise<DuckDBInstance> };
}

/**
 * Loads `@duckdb/node-api` on first use, so that `narrative-diff` and `narrative-diff/node` never load a native module.
 *
 * @param specifier - the module to load (a test passes a missing one)
 * @returns the module
 * @throws {NarrativeDiffError} `MISSING_DEPENDENCY` when it is not installed, with the command that installs it
 * @internal
 */
export async function loadDuckDB(specifier: string = DUCKDB_MODULE): Promise<DuckDBModule> {
  try {
    return (await import(specifier)) as DuckDBModule;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND') {
      throw new NarrativeDiffError(
        'MISSING_DEPENDENCY',
        `narrative-diff/corpus stores its index with ${specifier}, which is not installed; expected it beside narrative-diff (install it: npm install ${specifier})`,
      );
    }
    throw new NarrativeDiffError('MISSING_DEPENDENCY', `${specifier} is installed but cannot be loaded (${(e as Error).message})`);
  }
}

/** Rows of a query as plain objects (BIGINT and UBIGINT as bigint, VARCHAR as string). @internal */
export type Row = Record<string, DuckDBValue>;

/**
 * One open index file: a DuckDB instance and its connection, with the few calls the corpus makes.
 * @internal
 */
export class Db {
  private constructor(
    private readonly instance: DuckDBInstance,
    private readonly conn: DuckDBConnection,
  ) {}

  /**
   * Opens (or creates) the database file.
   *
   * @param path - the file
   * @param settings - DuckDB settings (threads, memory_limit, temp_directory)
   * @param specifier - the DuckDB module
   * @returns the open database
   * @throws {NarrativeDiffError} `MISSING_DEPENDENCY` without DuckDB, `CORPUS_INDEX` when the file cannot be opened
   */
  static async open(path: string, settings: Record<string, string>, specifier?: string): Promise<Db> {
    const duckdb = await loadDuckDB(specifier);
    let instance: DuckDBInstance;
    try {
      instance = await duckdb.DuckDBInstance.create(path, settings);
    } catch (e) {
      throw new NarrativeDiffError(
        'CORPUS_INDEX',
        `${path}: expected a corpus index (a DuckDB file) that can be opened, found: ${firstLine(e)}`,
      );
    }
    return new Db(instance, await instance.connect());
  }

  /** Runs statements that return nothing the caller reads. */
  async run(sql: string, values?: DuckDBValue[]): Promise<void> {
    await this.conn.run(sql, values);
  }

  /** Runs a query and returns its rows as objects. */
  async rows(sql: string, values?: DuckDBValue[]): Promise<Row[]> {
    const reader = await this.conn.runAndReadAll(sql, values);
    return reader.getRowObjects();
  }

  /** Runs a query and returns its columns (one array per selected column), for large results read as numbers. */
  async columns(sql: string, values?: DuckDBValue[]): Promise<DuckDBValue[][]> {
    const reader = await this.conn.runAndReadAll(sql, values);
    return reader.getColumns();
  }

  /**
   * Fills `table` through an appender and closes it (flushing the rows). When `fill` throws, the appender is
   * still closed (its rows are then dropped with the caller's transaction) and the error goes on.
   */
  async append(table: string, fill: (app: DuckDBAppender) => void): Promise<void> {
    const app = await this.conn.createAppender(table);
    try {
      fill(app);
    } catch (e) {
      try {
        app.closeSync();
      } catch {
        // A row left half-appended cannot be flushed; the transaction is rolled back anyway.
      }
      throw e;
    }
    app.closeSync();
  }

  /** Runs `work` in one transaction: all of it is written, or (on an error) none of it. */
  async transaction<T>(work: () => Promise<T>): Promise<T> {
    await this.run('BEGIN TRANSACTION');
    try {
      const out = await work();
      await this.run('COMMIT');
      return out;
    } catch (e) {
      await this.run('ROLLBACK');
      throw e;
    }
  }

  /** Closes the connection and the database (flushing it to the file). */
  close(): void {
    this.conn.closeSync();
    this.instance.closeSync();
  }
}

/** The first line of an error's message. @internal */
export function firstLine(e: unknown): string {
  return (e instanceof Error ? e.message : String(e)).split('\n')[0] ?? '';
}
