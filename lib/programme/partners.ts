// The organisations behind the 2016–2017 programme. The seed writes them to the database
// (the about page reads them from there); the footer names them from this list, so the
// site's frame never needs a database round trip. Names, places and addresses are facts;
// what each organisation is, in the site's own words, lives in the catalogue
// (messages/<locale>/about.json, "organisations"): the seed stores the English, the about
// page shows the reader's language.
import about from "@/messages/en-GB/about.json";

type OrganisationKey = keyof typeof about.organisations;

type ProgrammeOrganisation = {
  slug: string;
  name: string;
  role: "lead" | "partner";
  city: string;
  /** ISO 3166-1 alpha-2. */
  countryCode: string;
  website: string;
  /** In English, as the seed stores it (about.organisations.<key>). */
  summary: string;
  sortOrder: number;
};

const ORGANISATIONS: readonly (Omit<ProgrammeOrganisation, "summary"> & { key: OrganisationKey })[] = [
  {
    key: "britishCouncil",
    slug: "british-council",
    name: "British Council",
    role: "lead",
    city: "London",
    countryCode: "GB",
    website: "https://www.britishcouncil.org",
    sortOrder: 0,
  },
  {
    key: "bios",
    slug: "bios",
    name: "Bios",
    role: "partner",
    city: "Athens",
    countryCode: "GR",
    website: "https://www.bios.gr",
    sortOrder: 1,
  },
  {
    key: "addict",
    slug: "addict",
    name: "ADDICT – Creative Industries Portugal",
    role: "partner",
    city: "Porto",
    countryCode: "PT",
    website: "https://addict.pt",
    sortOrder: 2,
  },
  {
    key: "betahaus",
    slug: "betahaus",
    name: "betahaus",
    role: "partner",
    city: "Berlin",
    countryCode: "DE",
    website: "https://www.betahaus.com",
    sortOrder: 3,
  },
  {
    key: "novaIskra",
    slug: "nova-iskra",
    name: "Nova Iskra / Kulturni Kod",
    role: "partner",
    city: "Belgrade",
    countryCode: "RS",
    website: "https://novaiskra.com",
    sortOrder: 4,
  },
  {
    key: "creativeEdinburgh",
    slug: "creative-edinburgh",
    name: "Creative Edinburgh",
    role: "partner",
    city: "Edinburgh",
    countryCode: "GB",
    website: "https://www.creative-edinburgh.com",
    sortOrder: 5,
  },
  {
    key: "factoriaCultural",
    slug: "factoria-cultural",
    name: "Factoría Cultural",
    role: "partner",
    city: "Madrid",
    countryCode: "ES",
    website: "https://factoriaculturalmadrid.es",
    sortOrder: 6,
  },
  {
    key: "ebn",
    slug: "ebn",
    name: "European Business and Innovation Network (EBN)",
    role: "partner",
    city: "Brussels",
    countryCode: "BE",
    website: "https://ebn.eu",
    sortOrder: 7,
  },
];

export const PROGRAMME_ORGANISATIONS: readonly ProgrammeOrganisation[] = ORGANISATIONS.map(({ key, ...o }) => ({ ...o, summary: about.organisations[key] }));

/** The catalogue key of an organisation's summary (about.organisations.<key>), by its slug. */
export const organisationKey = (slug: string): OrganisationKey | undefined => ORGANISATIONS.find((o) => o.slug === slug)?.key;
