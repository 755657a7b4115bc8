import { mediaUrl } from "@/lib/storage/urls";

/** A report's photo with its description beneath: the applicant's page and staff's page show them alike. */
export function PhotoFigure({ photo }: { photo: { storageKey: string; alt: string } }) {
  return (
    <figure>
      {/* eslint-disable-next-line @next/next/no-img-element -- a stored upload, already resized */}
      <img src={mediaUrl(photo.storageKey)} alt={photo.alt} className="aspect-[4/3] w-full rounded-md border border-stone-300 object-cover" />
      <figcaption className="mt-1 text-sm text-stone-700">{photo.alt}</figcaption>
    </figure>
  );
}
