import { seedDemoData } from "../seed";
import { migrateDatabase } from "../setup/migrate";
import { runCommand } from "../setup/setup-error";
import { openTargetDatabase } from "../setup/target";

await runCommand(async () => {
  const target = await openTargetDatabase(console.error);
  try {
    await migrateDatabase(target.ownerUrl, { appPassword: target.appPassword, log: console.log });
    await seedDemoData(target.ownerUrl, { log: console.log });
  } finally {
    await target.stop();
  }
});
