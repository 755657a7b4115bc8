"use client";
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Link } from "@/i18n/navigation";
import { ApplicationStatus } from "@/lib/generated/prisma/enums";

const isStatus = (status: unknown): status is ApplicationStatus => Object.values(ApplicationStatus).includes(status as ApplicationStatus);

/**
 * Asks after load where the signed-in person stands with this event (the page is cached for
 * everyone): someone who has already applied or registered sees that instead of the button.
 */
export function OwnApplicationStatus({ eventId, children }: { eventId: string; children: React.ReactNode }) {
  const t = useTranslations("eventApplications.own");
  const [status, setStatus] = useState<ApplicationStatus | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/events/${encodeURIComponent(eventId)}/application`, { signal: controller.signal, cache: "no-store" })
      .then((r) => (r.ok ? r.json() : { status: null }))
      .then((body: { status: unknown }) => setStatus(isStatus(body.status) ? body.status : null))
      .catch(() => undefined);
    return () => controller.abort();
  }, [eventId]);
  if (!status) return children;
  return (
    <div className="space-y-3" role="status">
      <p className="font-semibold text-stone-950">{t(status)}</p>
      <p>
        <Link href="/account/applications">{t("seeAll")}</Link>
      </p>
    </div>
  );
}
