import { getTranslations } from "next-intl/server";
import { ResourceGrid } from "@/components/tools/resource-card";
import { Link } from "@/i18n/navigation";
import { listLatestResources } from "@/lib/resources/queries";

/** The home page's newest resources of the library, with the way to all of them: text only, so the front page stays light on a phone. */
export async function LatestResources() {
  const [t, resources] = await Promise.all([getTranslations("tools.home"), listLatestResources(3)]);
  return (
    <section aria-labelledby="latest-resources-heading" className="mt-14">
      <div className="flex flex-wrap items-baseline justify-between gap-4">
        <h2 id="latest-resources-heading" className="text-2xl font-bold tracking-tight text-stone-950">
          {t("heading")}
        </h2>
        <Link href="/tools">{t("all")}</Link>
      </div>
      <div className="mt-6">{resources.length ? <ResourceGrid resources={resources} /> : <p className="text-stone-700">{t("empty")}</p>}</div>
    </section>
  );
}
