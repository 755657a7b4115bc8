import { getTranslations, setRequestLocale } from "next-intl/server";
import { StartStoryForm } from "@/components/account/stories/story-forms";
import { ClientMessages } from "@/components/i18n/client-messages";
import { linkTo } from "@/components/i18n/rich-text";
import { EmptyState, PageContainer, PageIntro } from "@/components/site/page";
import { pageMetadata } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/session";
import { startContributionAction } from "@/lib/news/contributions/actions";
import { listOwnStories, ownPublishedHubs } from "@/lib/news/contributions/queries";

type Params = { params: Promise<{ locale: string }> };

export const generateMetadata = pageMetadata({ title: "news.contribute.meta.title", path: "/account/stories", personal: true });

export default async function OwnStoriesPage({ params }: Params) {
  const { locale } = await params;
  setRequestLocale(locale as Locale);
  const actor = await requireUser();
  const [t, stories, hubs] = await Promise.all([getTranslations("news.contribute"), listOwnStories(actor), ownPublishedHubs(actor)]);
  return (
    <PageContainer narrow>
      <PageIntro title={t("title")}>
        <p>{t("intro")}</p>
      </PageIntro>
      <section aria-labelledby="own-stories" className="mt-8">
        <h2 id="own-stories" className="text-2xl font-bold tracking-tight text-stone-950">
          {t("list.heading")}
        </h2>
        {stories.length ? (
          <ul className="mt-4 space-y-3">
            {stories.map((s) => (
              <li key={s.id} className="rounded-lg border border-stone-200 bg-white p-4">
                <Link href={`/account/stories/${s.id}`} className="font-semibold" aria-label={t("list.open", { title: s.title })}>
                  {s.title}
                </Link>
                <p className="mt-1 text-sm text-stone-700">
                  {t("list.status", { status: s.status })}
                  {s.hubs[0] ? ` · ${s.hubs[0].hub.name}` : ""}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p className="mt-4 text-stone-700">{t("empty")}</p>
        )}
      </section>
      <section aria-labelledby="start-story" className="mt-10 rounded-xl border border-stone-200 bg-white p-5">
        <h2 id="start-story" className="text-2xl font-bold tracking-tight text-stone-950">
          {t("start.heading")}
        </h2>
        <div className="mt-4">
          {hubs.length ? (
            <ClientMessages only={["news.contribute", "news.errors"]}>
              <StartStoryForm action={startContributionAction} hubs={hubs} locale={locale} />
            </ClientMessages>
          ) : (
            <EmptyState title={t("empty")}>
              <p>{t.rich("noHub", { link: linkTo("/hubs/new") })}</p>
            </EmptyState>
          )}
        </div>
      </section>
    </PageContainer>
  );
}
