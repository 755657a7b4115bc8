import "server-only";
import { notFound } from "next/navigation";
import { NotFoundError } from "@/lib/errors";

/** A record a page shows, or the not-found page when the query says it is missing or not the reader's to see. */
export async function foundOrNotFoundPage<T>(read: Promise<T>): Promise<T> {
  try {
    return await read;
  } catch (e) {
    if (e instanceof NotFoundError) notFound();
    throw e;
  }
}
