import { unstable_rethrow } from "next/navigation";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { log } from "@/lib/log";
import { AccountLinks } from "@/components/layout/account-links";
import { MainNav } from "@/components/layout/main-nav";
import { MAIN_NAV } from "@/components/layout/nav-items";
import { SiteLogo } from "@/components/layout/site-logo";

/** Every page shares the header; a failing session lookup must not take the page down with it. */
async function userForHeader(): Promise<CurrentUser | null> {
  try {
    return await getCurrentUser();
  } catch (e) {
    unstable_rethrow(e);
    log.error("header could not read the session", { error: e });
    return null;
  }
}

export async function SiteHeader() {
  const user = await userForHeader();
  return (
    <header className="relative border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-2">
        <SiteLogo />
        <MainNav items={MAIN_NAV}>
          <AccountLinks user={user} />
        </MainNav>
      </div>
    </header>
  );
}
