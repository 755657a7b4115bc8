import { getTranslations } from "next-intl/server";
import { hidden } from "@/components/i18n/rich-text";
import { PhotoFigure } from "@/components/p2p/grant/photo-figure";
import { ButtonForm } from "@/components/ui/button-form";
import { removeReportPhotoAction } from "@/lib/p2p/reports/actions";

type Photo = { id: string; storageKey: string; alt: string };

/** The report's photos, each with its description; while the report may change, each with its remove button. */
export async function ReportPhotos({ photos, applicationId, removable }: { photos: readonly Photo[]; applicationId: string; removable: boolean }) {
  const t = await getTranslations("p2pGrant.photos");
  if (!photos.length) return null;
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {photos.map((photo, i) => (
        <li key={photo.id}>
          <PhotoFigure photo={photo} />
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
