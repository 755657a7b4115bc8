import { getFormatter, getTranslations } from "next-intl/server";
import { countNetwork } from "@/lib/hubs/queries";

/** The map's numbers under the home page's title: hubs, the countries they are in, and the hosts open to P2P exchanges. */
export async function NetworkNumbers() {
  const [numbers, t, format] = await Promise.all([countNetwork(), getTranslations("home.numbers"), getFormatter()]);
  const items = [
    { key: "hubs", count: numbers.hubs },
    { key: "countries", count: numbers.countries },
    { key: "hosts", count: numbers.hosts },
  ] as const;
  return (
    <section aria-label={t("label")} className="mt-10">
      <dl className="grid max-w-3xl grid-cols-1 gap-4 sm:grid-cols-3">
        {items.map(({ key, count }) => (
          // The label comes first for screen readers; the number shows above it.
          <div key={key} className="flex flex-col-reverse border-l-2 border-brand-100 pl-4">
            <dt className="text-brand-50">{t(key, { count })}</dt>
            <dd className="text-3xl font-bold">{format.number(count)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
