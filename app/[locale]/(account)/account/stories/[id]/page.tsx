import { getFormatter, getTranslations, setRequestLocale } from "next-intl/server";
import { StoryDraftForm } from "@/components/account/stories/story-forms";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageNotice } from "@/components/site/page-notice";
import { PageContainer, PageIntro } from "@/components/site/page";
import { pageMetadata } from "@/i18n/alternates";
import type { Locale } from "@/i18n/languages";
import { Link } from "@/i18n/navigation";
import { requireUser } from "@/lib/auth/session";
import { foundOrNotFoundPage } from "@/lib/http/found";
import { updateContributionAction } from "@/lib/news/contributions/actions";
import { getOwnStory, type OwnStory } from "@/lib/news/contributions/queries";
import { SITE_TIME_ZONE } from "@/lib/timestamps";

type Params = { params: Promise<{ locale: string; id: string }> };

export const generateMetadata = pageMetadata({ title: "news.contribute.meta.title", path: "/account/stories", personal: true });

const formValues = (s: OwnStory): Record<string, string> => ({
  title: s.title,
  language: s.language,
  standfirst: s.standfirst,
  body: s.body,
  coverAlt: s.coverAlt ?? "",
  coverCaption: s.coverCaption ?? "",
  coverCredit: s.coverCredit ?? "",
});

export default async function OwnStoryPage({ params }: Params) {
  const { locale, id } = await params;
  setRequestLocale(locale as Locale);
  const actor = await requireUser();
  const [t, format, story] = await Promise.all([getTranslations("news.contribute.edit"), getFormatter(), foundOrNotFoundPage(getOwnStory(actor, id))]);
  const hub = story.hubs[0]?.hub.name;
  return (
    <PageContainer narrow>
      <p className="mb-4">
        <Link href="/account/stories">← {t("back")}</Link>
      </p>
      <PageIntro title={story.title}>{hub ? <p>{t("about", { hub })}</p> : null}</PageIntro>
      <PageNotice page="accountStory" className="mt-6" />
      <div className="mt-6 max-w-3xl space-y-3 text-stone-800">
        {story.status === "draft" && story.returnedWith ? (
          <div className="rounded-md border border-amber-600 bg-amber-50 px-4 py-3">
            <p className="font-semibold">{t("returned")}</p>
            <p className="mt-1 whitespace-pre-line">{story.returnedWith}</p>
          </div>
        ) : null}
        {story.status === "draft" ? <p>{t("draftIntro")}</p> : null}
        {story.status === "in_review" ? <p>{t("inReview")}</p> : null}
        {story.status === "scheduled" && story.scheduledFor ? <p>{t("scheduled", { when: format.dateTime(story.scheduledFor, { dateStyle: "long", timeZone: SITE_TIME_ZONE }) })}</p> : null}
        {story.status === "published" ? (
          <p>
            {t("published")} <Link href={`/news/${story.slug}`}>{t("read")}</Link>
          </p>
        ) : null}
        {story.status === "archived" ? <p>{t("archived")}</p> : null}
      </div>
      {story.status === "draft" ? (
        <div className="mt-8">
          <ClientMessages only={["news.contribute", "news.errors"]}>
            <StoryDraftForm action={updateContributionAction} initial={{ ok: false, values: formValues(story) }} storyId={story.id} coverKey={story.coverKey} />
          </ClientMessages>
        </div>
      ) : null}
    </PageContainer>
  );
}
