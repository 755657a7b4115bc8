import { Suspense } from "react";
import { AccountLinks, AccountLinksPlaceholder } from "@/components/layout/account-links";
import { LanguageSwitcher } from "@/components/layout/language-switcher";
import { MainNav } from "@/components/layout/main-nav";
import { MAIN_NAV } from "@/components/layout/nav-items";
import { SiteLogo } from "@/components/layout/site-logo";

/** The same for every visitor, so that public pages can be cached: the account links fill in on the client. */
export function SiteHeader() {
  return (
    <header className="relative border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-6xl items-center justify-between gap-4 px-4 py-2">
        <SiteLogo />
        <MainNav items={MAIN_NAV}>
          <LanguageSwitcher />
          <Suspense fallback={<AccountLinksPlaceholder />}>
            <AccountLinks />
          </Suspense>
        </MainNav>
      </div>
    </header>
  );
}
