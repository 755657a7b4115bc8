"use client";
import { usePathname } from "@/i18n/navigation";

/** Pages under /embed/ live in other sites' iframes: the content alone, without the site's header and footer. */
export function SiteChrome({ header, footer, children }: { header: React.ReactNode; footer: React.ReactNode; children: React.ReactNode }) {
  const embedded = usePathname().startsWith("/embed/");
  return (
    <>
      {embedded ? null : header}
      {children}
      {embedded ? null : footer}
    </>
  );
}
