import { useFormatter, useLocale, useTranslations } from "next-intl";
import { ButtonForm } from "@/components/ui/button-form";
import { InviteForm } from "@/components/account/hubs/owner-forms";
import { Link } from "@/i18n/navigation";
import { archiveOwnHubAction, confirmHubInformationAction, removeHubOwnerAction, revokeHubInviteAction, unarchiveOwnHubAction } from "@/lib/hubs/ownership/actions";
import type { OwnHub } from "@/lib/hubs/ownership/queries";
import { isConfirmationDue, isStale } from "@/lib/hubs/rules";
import { countryName } from "@/lib/countries";
import type { HubStatus } from "@/lib/generated/prisma/enums";
import { hidden, strong } from "@/components/i18n/rich-text";

const STATUS_STYLE: Record<HubStatus, string> = {
  pending: "border-amber-700 bg-amber-50 text-amber-900",
  published: "border-green-700 bg-green-50 text-green-900",
  changes_requested: "border-orange-700 bg-orange-50 text-orange-900",
  rejected: "border-red-700 bg-red-50 text-red-900",
  archived: "border-stone-500 bg-stone-100 text-stone-800",
};

/** Words only screen readers read: which hub (or person) a short link or button is about. */

function StatusBadge({ status }: { status: HubStatus }) {
  const t = useTranslations("hubs.status");
  return <span className={`inline-block rounded-full border px-3 py-0.5 text-sm font-semibold ${STATUS_STYLE[status]}`}>{t(status)}</span>;
}

/** One hub the signed-in person manages: where it stands, and everything they can do with it. */
export function OwnHubCard({ hub, me, now, confirmArchive, archiveHref }: { hub: OwnHub; me: string; now: Date; confirmArchive: boolean; archiveHref: string }) {
  const t = useTranslations("hubManagement.card");
  const locale = useLocale();
  const h = (part: string) => `hub-${hub.id}-${part}`;
  const showMessage = hub.moderatorMessage && (hub.status === "changes_requested" || hub.status === "rejected");
  return (
    <article id={`hub-${hub.id}`} aria-labelledby={h("name")} className="rounded-xl border border-stone-200 bg-white p-5 sm:p-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h3 id={h("name")} className="text-xl font-semibold break-words">{hub.name}</h3>
        <StatusBadge status={hub.status} />
      </div>
      <p className="text-stone-700">{t("place", { city: hub.city, country: countryName(hub.countryCode, locale) })}</p>
      <p className="mt-3">{t(`nextStep.${hub.status}`)}</p>
      {showMessage ? (
        <div className="mt-3 rounded-md border-l-4 border-orange-700 bg-orange-50 px-4 py-3">
          <p className="font-semibold">{hub.status === "rejected" ? t("reasonGiven") : t("changesAsked")}</p>
          <p className="mt-1 whitespace-pre-wrap break-words">{hub.moderatorMessage}</p>
        </div>
      ) : null}

      {hub.status === "published" ? <Confirmation hub={hub} now={now} /> : null}

      <ul className="mt-4 flex flex-wrap gap-x-6 gap-y-2">
        {hub.status === "published" ? (
          <li><Link href={`/hubs/${hub.slug}`}>{t.rich("viewPublic", { hub: hub.name, hidden })}</Link></li>
        ) : null}
        <li><Link href={`/account/hubs/${hub.id}/edit`}>{t.rich("edit", { hub: hub.name, hidden })}</Link></li>
      </ul>

      <Owners hub={hub} me={me} />

      <div className="mt-6 border-t border-stone-200 pt-4">
        {hub.status === "archived" ? (
          <div className="space-y-2">
            <p className="text-sm text-stone-700">{t("unarchiveNote")}</p>
            <ButtonForm action={unarchiveOwnHubAction} fields={{ hubId: hub.id }}>{t.rich("unarchive", { hub: hub.name, hidden })}</ButtonForm>
          </div>
        ) : confirmArchive ? (
          <section id="confirm-archive" aria-labelledby={h("archive")} className="rounded-md border-2 border-red-700 bg-red-50 p-4">
            <h4 id={h("archive")} className="font-semibold break-words">{t("archiveQuestion", { hub: hub.name })}</h4>
            <p className="mt-1">{t("archiveExplained")}</p>
            <div className="mt-3 flex flex-wrap items-center gap-4">
              <ButtonForm action={archiveOwnHubAction} fields={{ hubId: hub.id }} variant="danger" pendingLabel={t("archiving")}>{t("archiveYes", { hub: hub.name })}</ButtonForm>
              <Link href="/account/hubs">{t("archiveNo")}</Link>
            </div>
          </section>
        ) : (
          <Link href={archiveHref}>{t.rich("archiveLink", { hub: hub.name, hidden })}</Link>
        )}
      </div>
    </article>
  );
}

function Confirmation({ hub, now }: { hub: OwnHub; now: Date }) {
  const t = useTranslations("hubManagement.card");
  const format = useFormatter();
  const stale = isStale(hub.confirmedAt, now);
  const due = isConfirmationDue(hub.confirmedAt, now);
  return (
    <div className={`mt-4 rounded-md p-4 ${stale ? "border-2 border-red-700 bg-red-50" : due ? "border-2 border-amber-700 bg-amber-50" : "border border-stone-200 bg-stone-50"}`}>
      <p>
        {t.rich("lastConfirmed", { date: format.dateTime(hub.confirmedAt, { dateStyle: "long" }), strong: strong })}{" "}
        {stale ? t.rich("stale", { strong: strong }) : due ? t("due") : t("fresh")}
      </p>
      <div className="mt-3">
        <ButtonForm action={confirmHubInformationAction} fields={{ hubId: hub.id }} variant={due ? "primary" : "quiet"} pendingLabel={t("confirming")}>
          {t.rich("confirm", { hub: hub.name, hidden })}
        </ButtonForm>
      </div>
    </div>
  );
}

function Owners({ hub, me }: { hub: OwnHub; me: string }) {
  const t = useTranslations("hubManagement.card");
  const format = useFormatter();
  const lastOwner = hub.owners.length <= 1;
  return (
    <section aria-labelledby={`hub-${hub.id}-owners`} className="mt-6">
      <h4 id={`hub-${hub.id}-owners`} className="font-semibold">{t("owners")}</h4>
      <ul className="mt-2 divide-y divide-stone-200">
        {hub.owners.map(({ user }) => (
          <li key={user.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
            <span className="break-words">{user.id === me ? t("you", { name: user.name }) : user.name}</span>
            {lastOwner ? null : (
              <ButtonForm action={removeHubOwnerAction} fields={{ hubId: hub.id, userId: user.id }}>
                {user.id === me ? t.rich("stopManaging", { hub: hub.name, hidden }) : t.rich("remove", { name: user.name, hub: hub.name, hidden })}
              </ButtonForm>
            )}
          </li>
        ))}
        {hub.invites.map((invite) => {
          const date = format.dateTime(invite.expires, { dateStyle: "long" });
          return (
            <li key={invite.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span className="break-all">
                {invite.email}{" "}
                <span className="text-sm text-stone-700">{invite.invitedBy ? t("invitedBy", { name: invite.invitedBy.name, date }) : t("invited", { date })}</span>
              </span>
              <ButtonForm action={revokeHubInviteAction} fields={{ hubId: hub.id, inviteId: invite.id }}>
                {t.rich("withdraw", { email: invite.email, hidden })}
              </ButtonForm>
            </li>
          );
        })}
      </ul>
      {lastOwner ? <p className="mt-1 text-sm text-stone-700">{t("lastOwner")}</p> : null}
      <details className="mt-3">
        <summary className="cursor-pointer font-medium text-brand-700">{t.rich("inviteCoOwner", { hub: hub.name, hidden })}</summary>
        <div className="mt-3">
          <InviteForm hubId={hub.id} />
        </div>
      </details>
    </section>
  );
}
