import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { ToolsIndex, toolsIndexMetadata } from "@/components/tools/tools-index";
import type { Locale } from "@/i18n/languages";
import { MAX_CACHED_PAGE } from "@/lib/cached-pages";

// The library unfiltered, cached for everyone: proxy.ts serves /tools?page=N from here (see
// lib/cached-pages.ts). Rendered on first visit, again at once on every instance when a
// resource is published, changed or taken down (revalidatePublicArea("resources")), and at
// most every hour should an instance miss that message.
export const revalidate = 3600;
export const generateStaticParams = async (): Promise<{ page: string }[]> => [];

type Params = Promise<{ locale: string; page: string }>;

// The public address is /tools (this route is its cached twin): its alternates name /tools.
export async function generateMetadata({ params }: { params: Params }) {
  return toolsIndexMetadata((await params).locale);
}

export default async function CachedToolsPage({ params }: { params: Params }) {
  const { locale, page: pageParam } = await params;
  setRequestLocale(locale as Locale);
  const page = Number(pageParam);
  if (!/^[1-9][0-9]*$/.test(pageParam) || page > MAX_CACHED_PAGE) notFound();
  return <ToolsIndex filters={{}} page={page} />;
}
