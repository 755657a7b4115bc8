import "server-only";
import { db, type Prisma } from "@/lib/db";

const organisationSelect = {
  slug: true,
  name: true,
  role: true,
  city: true,
  countryCode: true,
  website: true,
  summary: true,
} satisfies Prisma.OrganisationSelect;

export type ProgrammeOrganisationCard = Prisma.OrganisationGetPayload<{ select: typeof organisationSelect }>;

/** The lead first, then the partners in their agreed order. Public. */
export async function listProgrammeOrganisations(): Promise<ProgrammeOrganisationCard[]> {
  return db.organisation.findMany({ select: organisationSelect, orderBy: [{ role: "asc" }, { sortOrder: "asc" }, { name: "asc" }] });
}
