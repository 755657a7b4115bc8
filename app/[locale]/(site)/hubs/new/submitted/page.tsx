import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { PageContainer, PageIntro, Prose } from "@/components/site/page";
import { requireUser } from "@/lib/auth/session";
import { getOwnHubSummary } from "@/lib/hubs/form-queries";
import { countryName } from "@/lib/countries";

export const metadata: Metadata = { title: "Your hub is waiting for review", robots: { index: false } };

export default async function HubSubmittedPage({ searchParams }: { searchParams: Promise<{ hub?: string | string[] }> }) {
  const user = await requireUser();
  const { hub: hubId } = await searchParams;
  const hub = typeof hubId === "string" ? await getOwnHubSummary(user, hubId) : null;
  if (!hub) notFound();
  return (
    <PageContainer narrow>
      <PageIntro title="Thank you: your hub is waiting for review" eyebrow="Map of creative hubs">
        <p role="status">
          We have received <strong>{hub.name}</strong> ({hub.city}, {countryName(hub.countryCode)}) and emailed you a copy of what happens next.
        </p>
      </PageIntro>
      <div className="mt-10">
        <Prose>
          <h2>What happens next</h2>
          <ol>
            <li>Someone from our team checks the hub, usually within a few working days.</li>
            <li>We email you when it is published on the map, or if we need you to change something first.</li>
            <li>Until then the hub is not public, and you can still make changes.</li>
          </ol>
          <p>
            Follow its status under <Link href="/account/hubs">Your hubs</Link>, or <Link href={`/account/hubs/${hub.id}/edit`}>make a change now</Link>.
            Running another hub? <Link href="/hubs/new">Add it too</Link>.
          </p>
        </Prose>
      </div>
    </PageContainer>
  );
}
