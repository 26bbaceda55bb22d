import { Button } from "@aizalo/ui";
import { signOut } from "../auth";

/** A form, so signing out works without JavaScript and cannot be triggered by a link. */
export function SignOutButton({ returnTo = "/login" }: { returnTo?: string }) {
  return (
    <form
      action={async () => {
        "use server";
        await signOut({ redirectTo: returnTo });
      }}
    >
      <Button type="submit" variant="secondary" size="sm">
        Sign out
      </Button>
    </form>
  );
}
