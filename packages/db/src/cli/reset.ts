import pg from "pg";
import { databaseNameOf, withDatabaseName } from "../config";
import { seedDemoData } from "../seed";
import { connectOwner } from "../setup/connect";
import { migrateDatabase } from "../setup/migrate";
import { DatabaseSetupError, runCommand } from "../setup/setup-error";
import { openTargetDatabase } from "../setup/target";

/** Drops the database, then migrates and seeds it again. Development only. */
await runCommand(async () => {
  if (process.env.NODE_ENV === "production") {
    throw new DatabaseSetupError(
      "db:reset drops the whole database and is refused when NODE_ENV=production",
    );
  }
  const target = await openTargetDatabase(console.error);
  try {
    const name = databaseNameOf(target.ownerUrl);
    const admin = await connectOwner(withDatabaseName(target.ownerUrl, "postgres"));
    try {
      await admin.query(`DROP DATABASE IF EXISTS ${pg.escapeIdentifier(name)} WITH (FORCE)`);
    } finally {
      await admin.end();
    }
    console.log(`dropped database ${name}`);
    await migrateDatabase(target.ownerUrl, { appPassword: target.appPassword, log: console.log });
    await seedDemoData(target.ownerUrl, { log: console.log });
  } finally {
    await target.stop();
  }
});
