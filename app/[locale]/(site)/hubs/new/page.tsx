import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { HubForm } from "@/components/hubs/form/hub-form";
import { PageContainer, PageIntro } from "@/components/site/page";
import { requireUser } from "@/lib/auth/session";
import { hubFormAction } from "@/lib/hubs/actions";
import { getOwnHubDraft } from "@/lib/hubs/drafts";
import type { HubFormState } from "@/lib/hubs/form-state";
import { formatTimestamp } from "@/lib/timestamps";

export const metadata: Metadata = { title: "Add your hub", robots: { index: false } };

export default async function NewHubPage({ searchParams }: { searchParams: Promise<{ draft?: string | string[] }> }) {
  const user = await requireUser();
  const { draft: draftId } = await searchParams;
  const draft = typeof draftId === "string" ? await getOwnHubDraft(user, draftId) : null;
  if (draftId !== undefined && !draft) notFound();
  const initial: HubFormState = { ok: false, values: draft ? { ...draft.values, draftId: draft.id } : { contactEmail: user.email } };
  return (
    <PageContainer narrow>
      <PageIntro title="Add your hub" eyebrow="Map of creative hubs">
        <p>
          Put your creative hub on the map, so that other hubs, artists and partners can find you. Our team checks every new hub before it
          appears; you can save a draft at any point and finish it later.
        </p>
      </PageIntro>
      {draft ? (
        <p className="mt-6 rounded-md border border-brand-700 bg-brand-50 px-4 py-3 text-stone-900">
          You are finishing your draft “{draft.name}”, last saved on {formatTimestamp(draft.updatedAt)}.
        </p>
      ) : null}
      <div className="mt-8">
        <HubForm mode="create" action={hubFormAction} initial={initial} />
      </div>
    </PageContainer>
  );
}
