import type { Metadata } from "next";
import Link from "next/link";
import { RoundForm } from "@/components/admin/p2p/round-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { requireStaff } from "@/lib/auth/session";
import { createRoundAction } from "@/lib/p2p/rounds/actions";
import { NEW_ROUND_VALUES } from "@/lib/p2p/rounds/schema";

export const metadata: Metadata = { title: "New P2P round" };

export default async function NewRoundPage() {
  await requireStaff();
  return (
    <div>
      <p><Link href="/admin/p2p">← All rounds</Link></p>
      <h1 className="mt-2 text-3xl font-bold">New P2P round</h1>
      <p className="mt-2 max-w-3xl text-stone-700">
        The round is saved as a draft: nobody but staff sees it until you publish it. Fill in what you know now; publishing asks for everything applicants need. The countries start from the current Creative Europe programme list.
      </p>
      <div className="mt-6">
        <ClientMessages only={["staff.p2p.rounds"]}>
          <RoundForm action={createRoundAction} initial={{ ok: false, values: NEW_ROUND_VALUES }} />
        </ClientMessages>
      </div>
    </div>
  );
}
