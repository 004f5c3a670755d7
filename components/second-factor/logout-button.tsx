import { Button } from "@/components/ui/button";
import { logoutAction } from "@/lib/core/auth/actions";

/** Leaves a login half done (another account, no phone at hand). */
export function LogoutButton() {
  return (
    <form action={logoutAction}>
      <Button type="submit" variant="tertiary">
        Se déconnecter
      </Button>
    </form>
  );
}
