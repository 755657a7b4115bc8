import { getTranslations } from "next-intl/server";
import { NewsGrid } from "@/components/news/news-card";
import { Link } from "@/i18n/navigation";
import { listLatestNews } from "@/lib/news/queries";

/** The home page's newest articles, with the way to all of them: without their covers, so the front page stays light on a phone. */
export async function LatestNews() {
  const [t, articles] = await Promise.all([getTranslations("news.home"), listLatestNews(3)]);
  return (
    <section aria-labelledby="latest-news-heading" className="mt-14">
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h2 id="latest-news-heading" className="text-2xl font-bold tracking-tight text-stone-950">
          {t("heading")}
        </h2>
        <Link href="/news">{t("all")}</Link>
      </div>
      <div className="mt-6">{articles.length ? <NewsGrid articles={articles} covers={false} /> : <p className="text-stone-700">{t("empty")}</p>}</div>
    </section>
  );
}
