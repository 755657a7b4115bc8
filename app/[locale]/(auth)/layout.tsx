import { setRequestLocale } from "next-intl/server";
import type { Locale } from "@/i18n/languages";

// Rendered per request: these pages carry a per-response CSP nonce (proxy.ts needsNonce).
export const dynamic = "force-dynamic";

export default async function AuthLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  return <div className="mx-auto w-full max-w-md px-4 py-10 sm:py-16">{children}</div>;
}
