import type { Metadata } from "next";
import { AdminNav } from "@/components/admin/admin-nav";
import { requireStaff } from "@/lib/auth/session";

// Rendered per request: these pages carry a per-response CSP nonce (proxy.ts needsNonce).
export const dynamic = "force-dynamic";

export const metadata: Metadata = { title: { default: "Staff", template: "%s · Staff · ECHN" }, robots: { index: false } };

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requireStaff();
  return (
    <div className="mx-auto max-w-6xl px-4 py-8">
      <AdminNav />
      <div className="mt-6">{children}</div>
    </div>
  );
}
