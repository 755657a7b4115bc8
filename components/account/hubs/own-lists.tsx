import { useFormatter, useTranslations } from "next-intl";
import { ButtonForm } from "@/components/ui/button-form";
import { Link } from "@/i18n/navigation";
import { deleteHubDraftAction } from "@/lib/hubs/ownership/actions";
import type { RequestStatus } from "@/lib/generated/prisma/enums";
import { hidden, strong } from "@/components/i18n/rich-text";


/** Unfinished "add your hub" forms: continue one, or throw it away. Shown only when there are some. */
export function OwnDrafts({ drafts }: { drafts: { id: string; name: string; updatedAt: Date }[] }) {
  const t = useTranslations("hubManagement.lists");
  const format = useFormatter();
  if (drafts.length === 0) return null;
  return (
    <section aria-labelledby="drafts" className="mt-12">
      <h2 id="drafts" className="text-2xl font-bold">{t("drafts")}</h2>
      <p className="mt-2 text-stone-700">{t("draftsIntro")}</p>
      <ul className="mt-4 divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
        {drafts.map((draft) => {
          const name = draft.name.trim() || t("untitled");
          const when = format.dateTime(draft.updatedAt, { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", timeZone: "Europe/Brussels" });
          return (
            <li key={draft.id} className="flex flex-wrap items-center justify-between gap-3 p-4">
              <div>
                <p className="font-semibold break-words">{name}</p>
                <p className="text-sm text-stone-700">{t("lastSaved", { when })}</p>
              </div>
              <div className="flex flex-wrap items-center gap-4">
                <Link href={`/hubs/new?draft=${draft.id}`}>{t.rich("continue", { name, hidden })}</Link>
                <ButtonForm action={deleteHubDraftAction} fields={{ draftId: draft.id }}>{t.rich("deleteDraft", { name, hidden })}</ButtonForm>
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

type Request = { id: string; status: RequestStatus; createdAt: Date; decidedAt: Date | null; hub: { name: string; slug: string; status: string } };

/** The "this is my hub — ask to manage it" requests the person made. Shown only when there are some. */
export function OwnRequests({ requests }: { requests: Request[] }) {
  const t = useTranslations("hubManagement.lists");
  const format = useFormatter();
  if (requests.length === 0) return null;
  const day = (date: Date) => format.dateTime(date, { dateStyle: "long" });
  return (
    <section aria-labelledby="requests" className="mt-12">
      <h2 id="requests" className="text-2xl font-bold">{t("requests")}</h2>
      <p className="mt-2 text-stone-700">{t("requestsIntro")}</p>
      <ul className="mt-4 divide-y divide-stone-200 rounded-xl border border-stone-200 bg-white">
        {requests.map((r) => {
          const status = t(`requestStatus.${r.status}`);
          return (
            <li key={r.id} className="p-4">
              <p className="font-semibold break-words">
                {r.hub.status === "published" ? <Link href={`/hubs/${r.hub.slug}`}>{r.hub.name}</Link> : r.hub.name}
              </p>
              <p className="text-sm text-stone-700">
                {r.decidedAt
                  ? t.rich("askedAndDecided", { asked: day(r.createdAt), status, decided: day(r.decidedAt), strong })
                  : t.rich("asked", { asked: day(r.createdAt), status, strong })}
              </p>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
