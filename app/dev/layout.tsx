import { setRequestLocale } from "next-intl/server";
import { Document } from "@/components/layout/document";
import { DEFAULT_LOCALE } from "@/i18n/languages";

// Development pages, for staff on this machine: in English.
export default function DevLayout({ children }: { children: React.ReactNode }) {
  setRequestLocale(DEFAULT_LOCALE);
  return <Document locale={DEFAULT_LOCALE}>{children}</Document>;
}
