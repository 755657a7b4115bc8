import { plural } from "@/components/admin/p2p/format";
import { RemovePanelistButton } from "@/components/admin/p2p/panel/panel-forms";
import type { StaffPanelist } from "@/lib/p2p/panel/queries";

const ROLE = { member: "Member", staff: "Staff", admin: "Admin" } as const;

/** The panel, each person with their assignments (declared conflicts apart) and their submitted reviews. */
export function PanelistTable({ roundId, panelists, editable }: { roundId: string; panelists: StaffPanelist[]; editable: boolean }) {
  if (panelists.length === 0) return <p className="mt-4 rounded-md border border-stone-300 bg-white p-6">Nobody is on the panel yet. Add people by their email address below.</p>;
  return (
    <div role="region" aria-label="The panel" tabIndex={0} className="relative mt-4 overflow-x-auto">
      <table className="w-full min-w-[40rem] border-collapse bg-white text-left text-sm">
        <caption className="sr-only">The panel, by name, with each reviewer’s load</caption>
        <thead>
          <tr className="border-b border-stone-300">
            <th scope="col" className="p-3">Reviewer</th>
            <th scope="col" className="p-3">Assigned</th>
            <th scope="col" className="p-3">Reviewed</th>
            {editable ? <th scope="col" className="p-3"><span className="sr-only">Actions</span></th> : null}
          </tr>
        </thead>
        <tbody>
          {panelists.map((p) => (
            <tr key={p.userId} className="border-b border-stone-200 align-top">
              <th scope="row" className="p-3 font-normal [overflow-wrap:anywhere]">
                <span className="font-semibold">{p.name}</span>
                <span className="block text-stone-600">{p.email} · {ROLE[p.role]}</span>
              </th>
              <td className="p-3">{plural(p.load, "application", "applications")}</td>
              <td className="p-3">{p.reviewed.toLocaleString("en-GB")} of {p.load.toLocaleString("en-GB")}</td>
              {editable ? (
                <td className="p-3">
                  {p.reviewed > 0 ? <span className="text-stone-600">Stays: has submitted reviews</span> : <RemovePanelistButton roundId={roundId} userId={p.userId} name={p.name} load={p.load} />}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
