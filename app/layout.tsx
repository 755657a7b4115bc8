import type { Metadata, Viewport } from "next";
import { headers } from "next/headers";
import { GeistSans } from "geist/font/sans";
import { RequestIdProvider } from "@/components/layout/request-id";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { requestId } from "@/lib/request";
import { SITE_NAME, siteUrl } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: "The European Creative Hubs Network connects creative hubs across Europe: a map of hubs, fora, skills workshops, peer-to-peer exchanges and a library of tools.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// Reading the request headers renders every page per request: each response carries its
// own CSP nonce (which Next applies to its scripts) and its own request id.
export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const reqId = await requestId();
  // Pages under /embed/ live in other sites' iframes: the content alone, no header or footer.
  const embedded = (await headers()).get("x-pathname")?.startsWith("/embed/") ?? false;
  return (
    <html lang="en-GB" className={GeistSans.variable}>
      <body className="flex min-h-screen flex-col font-sans">
        <a href="#main" className="sr-only z-50 rounded-md bg-white px-4 py-2 font-semibold focus:not-sr-only focus:absolute focus:left-2 focus:top-2">
          Skip to main content
        </a>
        <RequestIdProvider value={reqId}>
          {embedded ? null : <SiteHeader />}
          <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
            {children}
          </main>
          {embedded ? null : <SiteFooter />}
        </RequestIdProvider>
      </body>
    </html>
  );
}
