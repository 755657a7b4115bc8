import { GeistSans } from "geist/font/sans";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SkipLink } from "@/components/layout/skip-link";
import { DEFAULT_LOCALE } from "@/i18n/languages";
import "@/app/globals.css";

// An address no page has outside the pages in every language (a file, the API): a plain page in
// English. Next renders this into every page's data, ready for a notFound() no nearer boundary
// catches, so it is kept to a few elements: the site's frame here cost every page about 20 KB.
// Staff and development pages have their own, in their frame (app/admin, app/dev).
export default async function NotFound() {
  const t = await getTranslations({ locale: DEFAULT_LOCALE, namespace: "common" });
  return (
    <html lang={DEFAULT_LOCALE} className={GeistSans.variable}>
      <body className="font-sans">
        <SkipLink label={t("skipToContent")} />
        <main id="main" tabIndex={-1} className="mx-auto max-w-3xl px-4 py-14 focus:outline-none">
          <title>{t("notFound.title")}</title>
          <h1 className="text-3xl font-bold tracking-tight text-stone-950">{t("notFound.heading")}</h1>
          <p className="mt-4 text-lg text-stone-700">{t("notFound.body")}</p>
          <p className="mt-8">
            <Link href="/" className="font-semibold text-brand-800 underline hover:text-brand-900">
              {t("notFound.home")}
            </Link>
          </p>
        </main>
      </body>
    </html>
  );
}
