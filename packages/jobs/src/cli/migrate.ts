import { openTargetDatabase, runCommand } from "@aizalo/db/setup";
import { migrateJobQueue } from "../setup";

// `pnpm jobs:migrate` (and the second half of `pnpm db:migrate`): after the tables exist.
await runCommand(async () => {
  const target = await openTargetDatabase(console.error);
  try {
    await migrateJobQueue(target.ownerUrl, { log: console.log });
  } finally {
    await target.stop();
  }
});
