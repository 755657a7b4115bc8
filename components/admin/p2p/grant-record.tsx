// Staff's view of an application after selection: the agreement as signed, the report with its
// photos and the host's note, staff's decision forms while the report waits for them, the
// payment, and the P2P story drafted from the approved report.
import Link from "next/link";
import { ClientMessages } from "@/components/i18n/client-messages";
import { day, euros } from "@/components/admin/p2p/format";
import { PaymentForm, ReportDecisionForms } from "@/components/admin/p2p/report-forms";
import { isoDate } from "@/lib/calendar";
import type { reportForStaff } from "@/lib/p2p/reports/queries";
import { mediaUrl } from "@/lib/storage/urls";
import { formatTimestamp } from "@/lib/timestamps";

type Record = NonNullable<Awaited<ReturnType<typeof reportForStaff>>>;

const EVIDENCE_LABELS: { [code: string]: string } = { travel_tickets: "Travel tickets", boarding_passes: "Boarding passes", receipts: "Receipts", attendance_list: "Attendance list", photos: "Photos" };
const FORM_MESSAGES = ["p2pApply.workflow", "p2pGrant.errors"];

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="grid gap-1 border-b border-stone-200 py-3 sm:grid-cols-3 sm:gap-4">
      <dt className="font-semibold text-stone-900">{term}</dt>
      <dd className="break-words whitespace-pre-wrap text-stone-800 sm:col-span-2">{children}</dd>
    </div>
  );
}

const given = (text: string | undefined) => (text?.trim() ? text : <span className="text-stone-600 italic">not given</span>);

export function GrantRecord({ record, applicant }: { record: Record; applicant: string }) {
  const { report } = record;
  return (
    <>
      <section aria-labelledby="agreement-heading" className="mt-8">
        <h2 id="agreement-heading" className="text-2xl font-bold">Grant agreement</h2>
        {record.agreementSignedAt ? (
          <dl className="mt-2">
            <Row term="Signed">{formatTimestamp(record.agreementSignedAt)}, typing the name “{record.agreementName}”</Row>
            <Row term="Report due">{record.reportDueOn ? day(record.reportDueOn) : "—"}</Row>
            <Row term="Terms accepted">
              <details>
                <summary className="cursor-pointer">Read the terms as the applicant accepted them</summary>
                <div className="mt-2">{record.agreementTerms}</div>
              </details>
            </Row>
          </dl>
        ) : (
          <p className="mt-2 text-stone-700">{record.status === "selected" ? "Selected: the applicant has not signed the agreement yet." : "No agreement: the application was not selected."}</p>
        )}
      </section>

      {report ? (
        <section aria-labelledby="report-heading" className="mt-8">
          <h2 id="report-heading" className="text-2xl font-bold">Report</h2>
          <p className="mt-2 text-stone-700">
            {report.submittedAt ? `Last sent ${formatTimestamp(report.submittedAt)}` : "A draft: not sent yet"}
            {report.approvedAt ? ` · approved ${formatTimestamp(report.approvedAt)}` : ""}
          </p>
          <dl className="mt-2">
            <Row term="What happened">{given(report.whatHappened)}</Row>
            <Row term="Outcomes">{given(report.outcomes)}</Row>
            <Row term="What comes next">{given(report.nextSteps)}</Row>
            <Row term="Public summary">{given(report.publicSummary)}</Row>
            <Row term="Evidence kept">{report.evidence.length ? report.evidence.map((e) => EVIDENCE_LABELS[e] ?? e).join(", ") : given("")}</Row>
            <Row term="Host's note">{given(report.hostNote)}</Row>
            {report.staffMessage ? <Row term="Changes last asked for">{report.staffMessage}</Row> : null}
          </dl>
          {report.photos.length ? (
            <ul className="mt-4 grid gap-4 sm:grid-cols-3">
              {report.photos.map((photo) => (
                <li key={photo.id}>
                  <figure>
                    {/* eslint-disable-next-line @next/next/no-img-element -- a stored upload, already resized */}
                    <img src={mediaUrl(photo.storageKey)} alt={photo.alt} className="aspect-[4/3] w-full rounded-md border border-stone-300 object-cover" />
                    <figcaption className="mt-1 text-sm text-stone-700">{photo.alt}</figcaption>
                  </figure>
                </li>
              ))}
            </ul>
          ) : (
            <p className="mt-4 text-stone-700">No photos.</p>
          )}
          {record.status === "report_submitted" ? (
            <div className="mt-6">
              <ClientMessages only={FORM_MESSAGES}>
                <ReportDecisionForms applicationId={record.id} applicant={applicant} />
              </ClientMessages>
            </div>
          ) : null}
          {record.story ? (
            <p className="mt-4">
              P2P story drafted from this report: <Link href={`/admin/p2p/stories/${record.story.id}`}>{record.story.title}</Link>
            </p>
          ) : null}
        </section>
      ) : null}

      {record.status === "report_approved" || record.status === "paid" ? (
        <section aria-labelledby="payment-heading" className="mt-8">
          <h2 id="payment-heading" className="text-2xl font-bold">Payment</h2>
          {record.paidAt ? (
            <dl className="mt-2">
              <Row term="Paid">{`${euros(record.paidCents ?? 0)} on ${day(record.paidAt)}, with the host's grant of ${euros(record.hostGrantCents)}`}</Row>
              <Row term="Reference">{record.paymentReference ?? "—"}</Row>
            </dl>
          ) : (
            <div className="mt-2">
              <ClientMessages only={FORM_MESSAGES}>
                <PaymentForm applicationId={record.id} grant={euros(record.grantCents)} hostGrant={euros(record.hostGrantCents)} today={isoDate(new Date())} />
              </ClientMessages>
            </div>
          )}
        </section>
      ) : null}
    </>
  );
}
