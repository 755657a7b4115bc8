import { getTranslations } from "next-intl/server";
import { hidden } from "@/components/i18n/rich-text";
import { ButtonForm } from "@/components/ui/button-form";
import { removeReportPhotoAction } from "@/lib/p2p/reports/actions";
import { mediaUrl } from "@/lib/storage/urls";

type Photo = { id: string; storageKey: string; alt: string };

/** The report's photos, each with its description; while the report may change, each with its remove button. */
export async function ReportPhotos({ photos, applicationId, removable }: { photos: readonly Photo[]; applicationId: string; removable: boolean }) {
  const t = await getTranslations("p2pGrant.photos");
  if (!photos.length) return null;
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {photos.map((photo, i) => (
        <li key={photo.id}>
          <figure>
            {/* eslint-disable-next-line @next/next/no-img-element -- a stored upload, already resized */}
            <img src={mediaUrl(photo.storageKey)} alt={photo.alt} className="aspect-[4/3] w-full rounded-md border border-stone-300 object-cover" />
            <figcaption className="mt-1 text-sm text-stone-700">{photo.alt}</figcaption>
          </figure>
          {removable ? (
            <div className="mt-2">
              <ButtonForm action={removeReportPhotoAction} fields={{ applicationId, photoId: photo.id }} pendingLabel={t("removing")}>
                {t.rich("remove", { n: i + 1, hidden })}
              </ButtonForm>
            </div>
          ) : null}
        </li>
      ))}
    </ul>
  );
}
