import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Suspense } from "react";
import { ClientMessages } from "@/components/i18n/client-messages";
import { EmbeddedHubMap, EmbeddedMapLink, MapMessage } from "@/components/map/embedded-hub-map";
import { EMBED_CLIENT_MESSAGES } from "@/components/map/messages";
import { languageAlternates } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { hubLabels } from "@/lib/hubs/map-data";

// The map for other sites to put in an iframe (proxy.ts and next.config.ts let any site frame
// /embed/). The root layout leaves out the site's header and footer here. One static page for
// every filter: the browser reads them from the address (the map needs JavaScript anyway).

type Params = Promise<{ locale: string }>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = (await params).locale as Locale;
  const t = await getTranslations({ locale, namespace: "map.embed" });
  const common = await getTranslations({ locale, namespace: "common" });
  return {
    title: t("title"),
    description: t("description", { site: common("siteName") }),
    robots: { index: false },
    alternates: languageAlternates(locale, "/embed/map"),
  };
}

export default async function EmbeddedMapPage({ params }: { params: Params }) {
  const locale = (await params).locale as Locale;
  setRequestLocale(locale);
  const t = await getTranslations("map.embed");
  return (
    <div className="flex h-dvh min-h-80 flex-col">
      <h1 className="bg-white px-3 pt-2 text-sm font-semibold text-stone-950">{t("heading")}</h1>
      <ClientMessages only={EMBED_CLIENT_MESSAGES}>
        <Suspense
          fallback={
            <>
              <EmbeddedMapLink query="" />
              <div className="relative min-h-0 flex-1 bg-stone-100">
                <MapMessage text={t("loadingNeedsScript")} />
              </div>
            </>
          }
        >
          <EmbeddedHubMap labels={hubLabels(await getTranslations("hubs.taxonomy"), locale)} />
        </Suspense>
      </ClientMessages>
    </div>
  );
}
