import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { PageContainer } from "@/components/site/page";
import { ResourceJsonLd, ResourceView } from "@/components/tools/resource-view";
import { languageAlternates } from "@/i18n/alternates";
import { isLocale, localePath, type Locale } from "@/i18n/languages";
import { currentResourceSlugOf, getPublishedResource, listRelatedResources } from "@/lib/resources/queries";
import { SITE_NAME } from "@/lib/site";

type Params = Promise<{ locale: string; slug: string }>;

// Cached for everyone: rendered on its first visit, not at build time; again at once on every
// instance when staff publish, change or take down a resource (revalidatePublicArea("resources")),
// and at most every hour should an instance miss that message. Nothing here reads the request.
export const revalidate = 3600;
export const generateStaticParams = async (): Promise<{ slug: string }[]> => [];

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, slug } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: "tools.resource" });
  const resource = await getPublishedResource(slug);
  if (!resource) return { title: t("notFound") };
  const path = `/tools/${resource.slug}`;
  const description = resource.summary.trim() || undefined;
  return {
    title: resource.title,
    description,
    alternates: languageAlternates(locale, path),
    openGraph: { type: "website", url: localePath(locale, path), siteName: SITE_NAME, title: resource.title, description },
    twitter: { card: "summary", title: resource.title, description },
  };
}

// Drafts and archived resources are not found for anyone, staff included: staff see them in the staff area.
export default async function ResourcePage({ params }: { params: Params }) {
  const { locale, slug } = await params;
  setRequestLocale(locale as Locale);
  const resource = await getPublishedResource(slug);
  if (!resource) {
    // An address staff changed after publishing keeps working (links in emails, other sites).
    const moved = await currentResourceSlugOf(slug);
    if (moved) permanentRedirect(localePath(locale as Locale, `/tools/${moved}`));
    notFound();
  }
  const related = await listRelatedResources(resource);
  return (
    <PageContainer narrow>
      <ResourceJsonLd resource={resource} />
      <ResourceView resource={resource} related={related} />
    </PageContainer>
  );
}
