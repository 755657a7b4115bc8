import { getTranslations } from "next-intl/server";
import { PhotoForm } from "@/components/p2p/grant/photo-form";
import { ReportForm } from "@/components/p2p/grant/report-form";
import { ReportPhotos } from "@/components/p2p/grant/report-photos";
import { Text } from "@/components/ui/text";
import { calendarDay } from "@/lib/calendar";
import type { Msg } from "@/lib/message";
import { EVIDENCE, PHOTOS_MAX } from "@/lib/p2p/reports/rules";

export type OwnReport = {
  whatHappened: string;
  outcomes: string;
  nextSteps: string;
  publicSummary: string;
  evidence: string[];
  hostNote: string;
  staffMessage: string | null;
  submittedAt: Date | null;
  approvedAt: Date | null;
  photos: { id: string; storageKey: string; alt: string }[];
};

const ANSWERS = ["whatHappened", "outcomes", "nextSteps", "publicSummary"] as const;

/**
 * The report on the applicant's page: staff's message when they asked for changes, the form
 * and the photos while it may change (`editable`), else what was sent; and the host's note.
 * `notYet`: why it cannot be sent yet (before the exchange's first day), or null.
 */
export async function ReportSection({ applicationId, report, editable, dueOn, notYet, changesAsked }: {
  applicationId: string;
  report: OwnReport | null;
  editable: boolean;
  dueOn: Date | null;
  notYet: Msg | null;
  changesAsked: boolean;
}) {
  const t = await getTranslations("p2pGrant");
  const photos = report?.photos ?? [];
  const values = report ? { ...Object.fromEntries(ANSWERS.map((a) => [a, report[a]])), evidence: report.evidence } : {};
  return (
    <div className="space-y-8">
      {changesAsked && report?.staffMessage ? (
        <div className="rounded-md border border-amber-700 bg-amber-50 px-4 py-3 text-amber-950">
          <h3 className="font-semibold">{t("report.changesHeading")}</h3>
          <p className="mt-1 break-words whitespace-pre-wrap">{report.staffMessage}</p>
        </div>
      ) : null}
      {editable ? (
        <>
          {dueOn ? <p className="text-stone-700">{t("report.intro", { due: calendarDay(dueOn) })}</p> : null}
          <ReportForm applicationId={applicationId} initial={{ ok: false, values }} canSend={notYet === null} notYet={notYet ? <Text msg={notYet} /> : null} />
        </>
      ) : (
        <>
          {report?.approvedAt ? <p>{t("report.approved", { at: report.approvedAt })}</p> : report?.submittedAt ? <p>{t("report.sent", { at: report.submittedAt })}</p> : null}
          <h3 className="text-lg font-semibold">{t("report.answersHeading")}</h3>
          <dl className="space-y-4">
            {ANSWERS.map((a) => (
              <div key={a}>
                <dt className="font-semibold">{t(`report.${a}.label`)}</dt>
                <dd className="break-words whitespace-pre-wrap text-stone-800">{report?.[a].trim() || t("report.none")}</dd>
              </div>
            ))}
            <div>
              <dt className="font-semibold">{t("report.evidence.legend")}</dt>
              <dd>{report?.evidence.length ? EVIDENCE.filter((e) => report.evidence.includes(e)).map((e) => t(`report.evidence.options.${e}`)).join(", ") : t("report.none")}</dd>
            </div>
          </dl>
        </>
      )}

      <section aria-labelledby="report-photos" className="space-y-4">
        <h3 id="report-photos" className="text-lg font-semibold">{t("photos.title")}</h3>
        {editable ? <p className="text-stone-700">{t("photos.intro", { max: PHOTOS_MAX })}</p> : null}
        <p className="text-sm text-stone-700">{t("photos.count", { count: photos.length, max: PHOTOS_MAX })}</p>
        <ReportPhotos photos={photos} applicationId={applicationId} removable={editable} />
        {editable ? photos.length < PHOTOS_MAX ? <PhotoForm applicationId={applicationId} /> : <p>{t("photos.full", { max: PHOTOS_MAX })}</p> : null}
      </section>

      <section aria-labelledby="report-host-note">
        <h3 id="report-host-note" className="text-lg font-semibold">{t("report.hostNoteHeading")}</h3>
        <p className="mt-1 break-words whitespace-pre-wrap text-stone-800">{report?.hostNote.trim() || t("report.hostNoteNone")}</p>
      </section>
    </div>
  );
}
