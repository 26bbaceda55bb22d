export type { TestDatabaseContext, TestServer } from "./context";
export { createTestDatabase, testServers, type TestDatabase } from "./test-database";
