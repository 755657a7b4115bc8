import Link from "next/link";
import { hubCell } from "@/components/admin/p2p/application-table";
import { AssignForm, UnassignButton } from "@/components/admin/p2p/panel/panel-forms";
import type { StaffPanelApplication, StaffPanelist } from "@/lib/p2p/panel/queries";

/** Where a reviewer stands on an application. */
export const ASSIGNMENT_STATE_LABELS = {
  assigned: "To confirm",
  confirmed: "Confirmed",
  conflict: "Conflict",
  reviewed: "Reviewed",
} as const;

const STATE_STYLES: Record<keyof typeof ASSIGNMENT_STATE_LABELS, string> = {
  assigned: "border-stone-400 bg-stone-50 text-stone-800",
  confirmed: "border-sky-700 bg-sky-50 text-sky-900",
  conflict: "border-red-700 bg-red-50 text-red-900",
  reviewed: "border-green-700 bg-green-50 text-green-900",
};

/**
 * A page of applications with their reviewers and where each stands; while assigning is open,
 * a reviewer not yet reviewing can be taken off, and a panelist without a conflict added.
 */
export function AssignmentTable({ roundId, applications, panel, needed, page, assigning }: {
  roundId: string;
  applications: StaffPanelApplication[];
  panel: StaffPanelist[];
  needed: number;
  page: number;
  assigning: boolean;
}) {
  const names = new Map(panel.map((p) => [p.userId, `${p.name} (${p.load} assigned)`]));
  return (
    <div role="region" aria-label="Applications and their reviewers" tabIndex={0} className="relative mt-4 overflow-x-auto">
      <table className="w-full min-w-[60rem] border-collapse bg-white text-left text-sm">
        <caption className="sr-only">Applications and their reviewers, oldest first</caption>
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="p-3">Applicant</th>
            <th scope="col" className="p-3">Visiting hub</th>
            <th scope="col" className="p-3">Host</th>
            <th scope="col" className="p-3">Reviewers</th>
            {assigning ? <th scope="col" className="p-3">Assign</th> : null}
          </tr>
        </thead>
        <tbody>
          {applications.map((a) => {
            const active = a.reviewers.filter((r) => r.state !== "conflict").length;
            return (
              <tr key={a.id} className="border-b border-stone-200 align-top">
                <th scope="row" className="p-3 font-normal">
                  <Link href={`/admin/p2p/applications/${a.id}`} className="font-semibold">{a.applicant}</Link>
                  <span className={`block ${active < needed ? "font-semibold text-red-800" : "text-stone-600"}`}>
                    {active} of {needed} reviewers{active < needed ? ": short" : ""}
                  </span>
                </th>
                <td className="p-3">{hubCell(a.visitingHub)}</td>
                <td className="p-3">{hubCell(a.hostHub)}</td>
                <td className="p-3">
                  {a.reviewers.length === 0 ? (
                    <span className="text-stone-600 italic">None yet</span>
                  ) : (
                    <ul className="space-y-2">
                      {a.reviewers.map((r) => (
                        <li key={r.assignmentId} className="space-y-1">
                          <span className="font-medium">{r.name}</span>{" "}
                          <span className={`inline-block rounded border px-1.5 text-xs font-semibold ${STATE_STYLES[r.state]}`}>{ASSIGNMENT_STATE_LABELS[r.state]}</span>
                          {r.bySite ? <span className="text-stone-600"> · by the site</span> : null}
                          {assigning && (r.state === "assigned" || r.state === "confirmed") ? (
                            <div>
                              <UnassignButton roundId={roundId} assignmentId={r.assignmentId} page={page} reviewer={r.name} />
                            </div>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  )}
                </td>
                {assigning ? (
                  <td className="p-3">
                    {a.eligible.length ? (
                      <AssignForm
                        roundId={roundId}
                        applicationId={a.id}
                        page={page}
                        label={`Add a reviewer to ${a.applicant}'s application`}
                        choices={a.eligible.map((id) => ({ value: id, label: names.get(id) ?? id }))}
                      />
                    ) : (
                      <span className="text-stone-600">Nobody else on the panel is free of conflict.</span>
                    )}
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
