"use client";
import { useTranslations } from "next-intl";
import { useRef, useState, useSyncExternalStore } from "react";
import { isCurrentPath, type NavItem } from "@/components/layout/nav-items";
import { Link, usePathname } from "@/i18n/navigation";

const subscribeNothing = () => () => {};

/**
 * The main navigation. Wide screens show it in a row; narrow ones fold it behind a Menu
 * button. Before the script runs (or without it) the Menu control is a plain link to the
 * footer, which lists every area.
 */
export function MainNav({ items, children }: { items: readonly NavItem[]; children: React.ReactNode }) {
  const t = useTranslations("common.nav");
  const pathname = usePathname();
  const hydrated = useSyncExternalStore(subscribeNothing, () => true, () => false);
  // Remembering where the menu was opened closes it by itself after any navigation.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const button = useRef<HTMLButtonElement>(null);

  function close(returnFocus: boolean) {
    setOpenOn(null);
    if (returnFocus) button.current?.focus();
  }

  const menuControl = "inline-flex min-h-11 items-center gap-2 rounded-md border border-stone-300 px-3 py-2 text-sm font-semibold text-stone-900 no-underline hover:bg-stone-100 lg:hidden";

  return (
    <nav aria-label={t("label")} className="flex items-center lg:flex-1 lg:justify-end" onKeyDown={(e) => e.key === "Escape" && open && close(true)}>
      {hydrated ? (
        <button ref={button} type="button" aria-expanded={open} aria-controls="main-menu" onClick={() => (open ? close(false) : setOpenOn(pathname))} className={menuControl}>
          <MenuIcon open={open} />
          {t("menu")}
        </button>
      ) : (
        <a href="#footer-nav" className={menuControl}>
          <MenuIcon open={false} />
          {t("menu")}
        </a>
      )}
      <div
        id="main-menu"
        className={`${open ? "block" : "hidden"} absolute inset-x-0 top-full z-40 border-b border-stone-200 bg-white shadow-lg lg:static lg:flex lg:flex-1 lg:items-center lg:justify-end lg:gap-2 lg:border-0 lg:bg-transparent lg:shadow-none`}
      >
        <ul className="mx-auto max-w-6xl px-4 py-2 lg:mx-0 lg:flex lg:min-w-0 lg:flex-1 lg:flex-wrap lg:items-center lg:justify-end lg:gap-x-0.5 lg:p-0">
          {items.map((item) => {
            const current = isCurrentPath(pathname, item.href);
            return (
              <li key={item.href}>
                <Link
                  href={item.href}
                  aria-current={current ? "page" : undefined}
                  onClick={() => close(false)}
                  className={`block rounded-md px-3 py-3 text-base no-underline lg:whitespace-nowrap lg:px-2.5 lg:py-2 lg:text-sm ${current ? "bg-brand-50 font-semibold text-brand-800 underline decoration-2 underline-offset-8" : "text-stone-800 hover:bg-stone-100 hover:text-stone-950"}`}
                >
                  {t(item.label)}
                </Link>
              </li>
            );
          })}
        </ul>
        <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-2 border-t border-stone-200 px-4 py-3 lg:mx-0 lg:shrink-0 lg:flex-nowrap lg:border-0 lg:p-0">{children}</div>
      </div>
    </nav>
  );
}

function MenuIcon({ open }: { open: boolean }) {
  return (
    <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
      {open ? (
        <path d="M5 5l10 10M15 5 5 15" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      ) : (
        <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
      )}
    </svg>
  );
}
