import type { Metadata } from "next";
import { PageHeader } from "@aizalo/ui";
import { requireAdminSession } from "../../../server/shell-access";
import { LeaderboardSection } from "./leaderboard-section";
import { TeamSection } from "./team-section";
import { TerritoriesSection } from "./territories-section";

export const metadata: Metadata = { title: "Sales team" };

/** Salespeople and support staff, territories, commission rates and the leaderboard. */
export default async function AdminSalesTeamPage() {
  const claims = await requireAdminSession();
  return (
    <div className="flex flex-col gap-8">
      <PageHeader
        title="Sales team"
        description="The people who sell Aizalo and support its businesses, where they work and how they are doing."
      />
      {/* Commission rates are the owner's alone (DESIGN.md); the API refuses admins too. */}
      <TeamSection canSetRates={claims.role === "owner"} />
      <TerritoriesSection />
      <LeaderboardSection />
    </div>
  );
}
