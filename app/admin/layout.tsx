import type { Metadata } from "next";
import { setRequestLocale } from "next-intl/server";
import { AdminNav } from "@/components/admin/admin-nav";
import { Document } from "@/components/layout/document";
import { DEFAULT_LOCALE } from "@/i18n/languages";
import { requireStaff } from "@/lib/auth/session";

// Staff pages are in English (issue 11 lets them be), in the site's frame.
// Rendered per request: these pages carry a per-response CSP nonce (proxy.ts needsNonce).
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: { default: "Staff", template: "%s · Staff · ECHN" }, robots: { index: false } };

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  setRequestLocale(DEFAULT_LOCALE);
  await requireStaff();
  return (
    <Document locale={DEFAULT_LOCALE}>
      <div className="mx-auto max-w-6xl px-4 py-8">
        <AdminNav />
        <div className="mt-6">{children}</div>
      </div>
    </Document>
  );
}
