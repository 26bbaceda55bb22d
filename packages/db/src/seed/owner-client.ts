import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient, type Prisma } from "../generated/prisma/client";

// The seed writes as the owner role. Tables use FORCE ROW LEVEL SECURITY, so even the owner
// sees nothing without settings: every transaction first declares itself the `seed` service.
// This client is for the seed only and is deliberately not exported from the package.

/** Long enough for a full seed on a slow machine; a normal run takes a second or two. */
const SEED_TRANSACTION_TIMEOUT_MS = 120_000;

export async function withSeedTransaction<T>(
  ownerUrl: string,
  work: (tx: Prisma.TransactionClient) => Promise<T>,
): Promise<T> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: ownerUrl }) });
  try {
    return await prisma.$transaction(
      async (tx) => {
        await tx.$executeRaw`SELECT set_config('app.user_type', 'system', true), set_config('app.purpose', 'seed', true)`;
        return work(tx);
      },
      { timeout: SEED_TRANSACTION_TIMEOUT_MS, maxWait: 10_000 },
    );
  } finally {
    await prisma.$disconnect();
  }
}
