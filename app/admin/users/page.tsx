import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { RoleForm } from "@/components/admin/role-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Pagination, pageHref } from "@/components/ui/pagination";
import { requireStaff } from "@/lib/auth/session";
import { listUsersForStaff } from "@/lib/users/queries";
import { userSearchSchema } from "@/lib/users/schema";

export const metadata: Metadata = { title: "People" };

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "Europe/Brussels" });

export default async function AdminUsersPage({ searchParams }: { searchParams: Promise<Record<string, string>> }) {
  const actor = await requireStaff();
  const { q, page } = userSearchSchema.parse(await searchParams);
  const [{ users, total, pages }, roles] = await Promise.all([listUsersForStaff(actor, { q, page }), getTranslations("account.roles")]);
  return (
    <div>
      <h1 className="text-3xl font-bold">People</h1>
      <form role="search" className="mt-4 flex flex-wrap items-end gap-2">
        <div>
          <label htmlFor="q" className="block font-medium">Search by name or email</label>
          <input id="q" name="q" type="search" defaultValue={q} className="mt-1 rounded-md border border-stone-400 bg-white px-3 py-2" />
        </div>
        <button type="submit" className="rounded-md border border-stone-400 bg-white px-4 py-2 font-medium">Search</button>
      </form>
      <p className="mt-4 text-stone-700" role="status">{total} {total === 1 ? "account" : "accounts"}{q ? ` matching “${q}”` : ""}.</p>
      {users.length === 0 ? (
        <p className="mt-6 rounded-md border border-stone-300 bg-white p-6">No accounts match that search.</p>
      ) : (
        // Scrolls sideways on a phone: a region the keyboard can reach and scroll.
        // The role forms' messages (a change, a refusal) are the catalogue's account.roles.
        <ClientMessages only={["account.roles"]}>
          <div role="region" aria-label="Accounts" tabIndex={0} className="mt-4 overflow-x-auto">
            <table className="w-full border-collapse bg-white text-left text-sm">
              <caption className="sr-only">Accounts, newest first</caption>
              <thead>
                <tr className="border-b border-stone-300">
                  <th scope="col" className="p-3">Name</th>
                  <th scope="col" className="p-3">Email</th>
                  <th scope="col" className="p-3">Joined</th>
                  <th scope="col" className="p-3">Role</th>
                </tr>
              </thead>
              <tbody>
                {users.map((u) => (
                  <tr key={u.id} className="border-b border-stone-200 align-top">
                    <th scope="row" className="p-3 font-medium">{u.name}</th>
                    <td className="p-3">{u.email}{u.emailVerified ? null : <span className="ml-2 text-stone-600">(not confirmed)</span>}</td>
                    <td className="p-3">{dateFormat.format(u.createdAt)}</td>
                    <td className="p-3">
                      {actor.role === "admin" && u.id !== actor.id ? <RoleForm userId={u.id} role={u.role} name={u.name} /> : roles(u.role)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </ClientMessages>
      )}
      <Pagination page={page} pages={pages} label="Account pages" href={(p) => pageHref("/admin/users", { q }, p)} />
    </div>
  );
}
