import { migrateDatabase } from "../setup/migrate";
import { runCommand } from "../setup/setup-error";
import { openTargetDatabase } from "../setup/target";

await runCommand(async () => {
  const target = await openTargetDatabase(console.error);
  try {
    const applied = await migrateDatabase(target.ownerUrl, {
      appPassword: target.appPassword,
      log: console.log,
    });
    if (applied.length === 0) console.log("database is up to date");
  } finally {
    await target.stop();
  }
});
