import type { Route } from "next";
import { redirect } from "next/navigation";
import { requireWorkspaceSession } from "../../../server/shell-access";

/** A business's bare address (`/pwani-breeze`) opens its dashboard, for its own people only. */
export default async function WorkspaceHomePage(props: PageProps<"/[subdomain]">) {
  const { subdomain } = await props.params;
  await requireWorkspaceSession(subdomain);
  redirect(`/${subdomain}/dashboard` as Route);
}
