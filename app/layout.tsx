import type { Metadata, Viewport } from "next";
import { GeistSans } from "geist/font/sans";
import { SiteChrome } from "@/components/layout/site-chrome";
import { SiteHeader } from "@/components/layout/site-header";
import { SiteFooter } from "@/components/layout/site-footer";
import { SITE_NAME, siteUrl } from "@/lib/site";
import "./globals.css";

export const metadata: Metadata = {
  metadataBase: new URL(siteUrl()),
  title: { default: SITE_NAME, template: `%s · ${SITE_NAME}` },
  description: "The European Creative Hubs Network connects creative hubs across Europe: a map of hubs, fora, skills workshops, peer-to-peer exchanges and a library of tools.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

// The frame reads nothing from the request, so that public pages can be cached and served
// to every visitor alike; pages that need the request (forms, accounts, staff) read it themselves.
export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en-GB" className={GeistSans.variable}>
      <body className="flex min-h-screen flex-col font-sans">
        <a href="#main" className="sr-only z-50 rounded-md bg-white px-4 py-2 font-semibold focus:not-sr-only focus:absolute focus:left-2 focus:top-2">
          Skip to main content
        </a>
        <SiteChrome header={<SiteHeader />} footer={<SiteFooter />}>
          <main id="main" tabIndex={-1} className="flex-1 focus:outline-none">
            {children}
          </main>
        </SiteChrome>
      </body>
    </html>
  );
}
