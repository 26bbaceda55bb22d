import type { Metadata } from "next";
import { PageHeader } from "@aizalo/ui";
import { requireAdminSession } from "../../../server/shell-access";
import { FlagsBoard } from "./flags-board";

export const metadata: Metadata = { title: "Feature flags" };

/** Product switches: on or off for everyone, with exceptions for single businesses. */
export default async function AdminFlagsPage() {
  await requireAdminSession();
  return (
    <div className="flex flex-col gap-6">
      <PageHeader
        title="Feature flags"
        description="A flag's global setting applies to every business without an exception of its own."
      />
      <FlagsBoard />
    </div>
  );
}
