"use client";
import { useTranslations } from "next-intl";
import NextLink from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useSessionUser } from "@/components/layout/use-session-user";
import { Link } from "@/i18n/navigation";
import { signOutAction } from "@/lib/auth/actions";

const quiet = "inline-flex min-h-11 items-center rounded-md px-3 py-2 text-sm font-medium text-stone-800 no-underline hover:bg-stone-100 lg:min-h-0";
const strong = "inline-flex min-h-11 items-center rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white no-underline hover:bg-brand-800 lg:min-h-0";

/**
 * Right-hand side of the header: sign in / join, or who is signed in. Public pages are
 * cached for everyone, so the header asks who is signed in after load, and again after
 * each navigation (signing in or out always navigates).
 */
export function AccountLinks() {
  const t = useTranslations("common.accountLinks");
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const user = useSessionUser([pathname, search]);

  if (user === undefined) return <AccountLinksPlaceholder />;
  if (!user) {
    return (
      <div className="flex flex-wrap items-center gap-2">
        <Link href="/sign-in" className={quiet}>
          {t("signIn")}
        </Link>
        <Link href="/sign-up" className={strong}>
          {t("join")}
        </Link>
      </div>
    );
  }
  return (
    <div className="flex flex-wrap items-center gap-2">
      {user.staff ? (
        <NextLink href="/admin" className={quiet}>
          {t("staff")}
        </NextLink>
      ) : null}
      <Link href="/account" className={`${quiet} max-w-56 lg:max-w-36 xl:max-w-56`}>
        <span className="truncate">
          <span className="sr-only">{t("yourAccount")} </span>
          {user.name}
        </span>
      </Link>
      <form action={signOutAction}>
        <button type="submit" className={`${quiet} border border-stone-300`}>
          {t("signOut")}
        </button>
      </form>
    </div>
  );
}

/** Holds the links' place while the header asks who is signed in (and without JavaScript, links to the account page). */
export function AccountLinksPlaceholder() {
  const t = useTranslations("common.accountLinks");
  return (
    <div className="flex flex-wrap items-center gap-2">
      <Link href="/account" className={quiet}>
        {t("account")}
      </Link>
    </div>
  );
}
