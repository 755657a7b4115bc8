// The organisations behind the 2016–2017 programme. The seed writes them to the database
// (the about page reads them from there); the footer names them from this list, so the
// site's frame never needs a database round trip.

export type ProgrammeOrganisation = {
  slug: string;
  name: string;
  role: "lead" | "partner";
  city: string;
  /** ISO 3166-1 alpha-2. */
  countryCode: string;
  website: string;
  summary: string;
  sortOrder: number;
};

export const PROGRAMME_ORGANISATIONS: readonly ProgrammeOrganisation[] = [
  {
    slug: "british-council",
    name: "British Council",
    role: "lead",
    city: "London",
    countryCode: "GB",
    website: "https://www.britishcouncil.org",
    summary:
      "The UK's international organisation for cultural relations and educational opportunities. It leads the network and coordinates the programme with the partners.",
    sortOrder: 0,
  },
  {
    slug: "bios",
    name: "Bios",
    role: "partner",
    city: "Athens",
    countryCode: "GR",
    website: "https://www.bios.gr",
    summary:
      "An Athens organisation working across contemporary culture, art and technology. The second Creative Hubs Forum was announced for Athens, 26–28 January 2017.",
    sortOrder: 1,
  },
  {
    slug: "addict",
    name: "ADDICT – Creative Industries Portugal",
    role: "partner",
    city: "Porto",
    countryCode: "PT",
    website: "https://addict.pt",
    summary:
      "Portugal's agency for the creative industries. It links creative businesses, hubs and public bodies across the country.",
    sortOrder: 2,
  },
  {
    slug: "betahaus",
    name: "betahaus",
    role: "partner",
    city: "Berlin",
    countryCode: "DE",
    website: "https://www.betahaus.com",
    summary:
      "A coworking space and community for freelancers, start-ups and creative entrepreneurs. The second skills workshop was announced for Berlin, 7–8 June 2017.",
    sortOrder: 3,
  },
  {
    slug: "nova-iskra",
    name: "Nova Iskra / Kulturni Kod",
    role: "partner",
    city: "Belgrade",
    countryCode: "RS",
    website: "https://novaiskra.com",
    summary:
      "A creative hub that brings designers, technologists and entrepreneurs together. Belgrade hosted the first Creative Hubs Forum in September 2016.",
    sortOrder: 4,
  },
  {
    slug: "creative-edinburgh",
    name: "Creative Edinburgh",
    role: "partner",
    city: "Edinburgh",
    countryCode: "GB",
    website: "https://www.creative-edinburgh.com",
    summary:
      "A membership network for the people who make up Edinburgh's creative community. The third skills workshop was planned in Edinburgh for October 2017.",
    sortOrder: 5,
  },
  {
    slug: "factoria-cultural",
    name: "Factoría Cultural",
    role: "partner",
    city: "Madrid",
    countryCode: "ES",
    website: "https://factoriaculturalmadrid.es",
    summary:
      "An incubator for creative and cultural entrepreneurs. The first skills workshop, on starting a creative hub, was announced here for 22–23 March 2017.",
    sortOrder: 6,
  },
  {
    slug: "ebn",
    name: "European Business and Innovation Network (EBN)",
    role: "partner",
    city: "Brussels",
    countryCode: "BE",
    website: "https://ebn.eu",
    summary:
      "A European network of business and innovation centres and incubators. It brings its experience of supporting start-ups and growing businesses to the programme.",
    sortOrder: 7,
  },
];
