/** What the test global setup hands to every test file (vitest `provide`/`inject`). */
export interface TestServer {
  /** "primary" is DATABASE_URL's server (CI: PostgreSQL 15) or an embedded one when unset. */
  readonly name: string;
  /** Owner (superuser) URL of the server's `postgres` database. */
  readonly serverUrl: string;
  readonly majorVersion: number;
  /** A migrated and seeded database that test databases are cloned from. */
  readonly templateDatabase: string;
}

export interface TestDatabaseContext {
  readonly servers: readonly TestServer[];
  readonly appPassword: string;
}

declare module "vitest" {
  export interface ProvidedContext {
    aizaloTestDatabases: TestDatabaseContext;
  }
}
