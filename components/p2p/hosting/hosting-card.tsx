import { useLocale, useTranslations } from "next-intl";
import { hidden } from "@/components/i18n/rich-text";
import { HostingForm } from "@/components/p2p/hosting/hosting-form";
import { ButtonForm } from "@/components/ui/button-form";
import { Link } from "@/i18n/navigation";
import { countryName } from "@/lib/countries";
import { stopHostingAction } from "@/lib/p2p/hosts/actions";
import type { OwnHosting } from "@/lib/p2p/hosts/queries";

type Option = { value: string; label: string };
type Entry = OwnHosting["rounds"][number]["hubs"][number];

/** One of the person's hubs in one round: open it to hosting, or change or stop what it offers. */
export function HostingCard({ entry, round, languages, places }: { entry: Entry; round: { id: string; name: string }; languages: readonly Option[]; places: readonly Option[] }) {
  const t = useTranslations("p2pHosting");
  const locale = useLocale();
  const { hub, offer, openRequests, refusal } = entry;
  const headingId = `hosting-${round.id}-${hub.id}`;
  return (
    <article aria-labelledby={headingId} className="rounded-xl border border-stone-200 bg-white p-5 sm:p-6">
      <h3 id={headingId} className="text-xl font-semibold break-words">
        <Link href={`/hubs/${hub.slug}`}>{hub.name}</Link>
      </h3>
      <p className="text-stone-700">{t("hub.place", { city: hub.city, country: countryName(hub.countryCode, locale) })}</p>
      <p className="mt-3 font-medium">{offer ? t("hub.hosting", { taken: offer.placesTaken, places: offer.places }) : t("hub.notHosting")}</p>

      {refusal && !offer ? (
        <p className="mt-3 text-stone-800">{t("hub.countryNotInRound", { country: countryName(hub.countryCode, locale) })}</p>
      ) : (
        <div className="mt-5">
          <HostingForm
            mode={offer ? "update" : "open"}
            hubId={hub.id}
            roundId={round.id}
            initial={{
              ok: false,
              values: offer ? { offer: offer.offer, availability: offer.availability, languages: offer.languages, places: String(offer.places) } : {},
            }}
            languages={languages}
            places={places}
          />
        </div>
      )}

      {offer ? (
        <div className="mt-6 border-t border-stone-200 pt-4">
          {/* Stopping waits until no request is open (the command checks again). */}
          {openRequests ? (
            <p className="text-stone-800">{t("errors.requestsOpen", { count: openRequests })}</p>
          ) : (
            <ButtonForm action={stopHostingAction} fields={{ hubId: hub.id, roundId: round.id }}>
              {t.rich("stop.button", { hub: hub.name, round: round.name, hidden })}
            </ButtonForm>
          )}
        </div>
      ) : null}
    </article>
  );
}
