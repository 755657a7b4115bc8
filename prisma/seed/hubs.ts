// Demo hubs for a local site: about sixty published hubs across Europe, invented (apart from
// the two venues of the seeded programme), and a few in the other states of a hub's life so
// that the moderation queue and "my hubs" have something to show. Idempotent: every hub is
// upserted on its slug, so running the seed again brings the rows back to these values.
import type { HubFormat, HubKind, HubStatus, PrismaClient } from "@/lib/generated/prisma/client";
import { matchKey, websiteKey } from "@/lib/hubs/rules";
import { slugify } from "@/lib/slugs";

type SeedHub = {
  name: string;
  city: string;
  country: string;
  at: [number, number];
  kind: HubKind;
  format?: HubFormat;
  disciplines: string[];
  services: string[];
  summary: string;
  story: string;
  founded?: number;
  team?: string;
  members?: string;
  open?: boolean;
  address?: string;
  web?: boolean;
  social?: string[];
  /** Days since an owner last confirmed the information (default: a few weeks). */
  confirmedDaysAgo?: number;
  status?: HubStatus;
  moderatorMessage?: string;
  /** A demo account (demo.ts); the P2P demo (demo-p2p.ts) has them visit and host each other. */
  owner?: `${string}@echn.test`;
};

const DEMO_HUBS: readonly SeedHub[] = [
  // ------------------------------------------------------------ Serbia
  {
    name: "Kvart Collective", city: "Belgrade", country: "RS", at: [44.8176, 20.4633], kind: "collective",
    disciplines: ["visual-arts", "performing-arts", "social-innovation"], services: ["event-space", "exhibition", "residencies"],
    summary: "Artists, dancers and neighbourhood organisers sharing a former print works near the river, with a gallery that opens onto the street.",
    story: "Kvart began when eleven artists rented one floor of an empty print works and opened its doors on Friday evenings.\n\nToday the collective runs a street-level gallery, a rehearsal room and two residency flats. Residents from abroad are paired with a local member for the length of their stay.",
    founded: 2013, team: "6-20", members: "21-100", open: true, address: "Karađorđeva 61", web: true, owner: "member6@echn.test",
  },
  {
    name: "Dunavski Lab", city: "Novi Sad", country: "RS", at: [45.2551, 19.8452], kind: "lab",
    disciplines: ["technology", "design", "games"], services: ["workshop", "training", "mentoring"],
    summary: "A lab for creative technology on the Danube: sensors, game prototypes and interactive installations, with evening courses for beginners.",
    story: "Dunavski Lab grew out of a student game jam that refused to stop.\n\nIt keeps a small electronics bench, a room of test devices and a weekly open evening where anyone can bring a half-built project and leave with a next step.",
    founded: 2017, team: "1-5", members: "21-100", open: true,
  },
  {
    name: "Niš Makers Garage", city: "Niš", country: "RS", at: [43.3209, 21.8958], kind: "makerspace",
    disciplines: ["crafts", "design", "technology"], services: ["workshop", "training"],
    summary: "A shared workshop in a converted car repair garage: woodwork, metalwork, a laser cutter and patient people to show you how.",
    story: "The garage kept its inspection pit and turned it into a tool store.\n\nMembers pay by the month or by the hour, and every Saturday morning is free for teenagers from the nearby schools.",
    founded: 2019, team: "1-5", members: "21-100",
  },
  // ------------------------------------------------------------ North Macedonia
  {
    name: "Vardar Creative Quarter", city: "Skopje", country: "MK", at: [41.9981, 21.4254], kind: "coworking",
    disciplines: ["design", "startups", "film-media"], services: ["desks", "event-space", "mentoring", "networking"],
    summary: "Desks, meeting rooms and a screening space for designers, video makers and young studios in the centre of Skopje.",
    story: "The Quarter fills two floors of an office block that stood half empty for a decade.\n\nBesides desks it runs a monthly pitch evening where new studios show work to local companies, and a small library of design books anyone can borrow.",
    founded: 2016, team: "6-20", members: "101-500", open: true, web: true,
  },
  {
    name: "Pelister Crafts Co-op", city: "Bitola", country: "MK", at: [41.0297, 21.3292], kind: "cooperative",
    disciplines: ["crafts", "heritage", "fashion"], services: ["studios", "training", "exhibition"],
    summary: "A co-operative of weavers, potters and embroiderers keeping the region's techniques alive and selling their work together.",
    story: "Members own the co-op in equal shares and take turns staffing the shop on Širok Sokak.\n\nTwice a year the co-op teaches a beginners' course in traditional embroidery, open to anyone who wants to learn.",
    founded: 2011, team: "6-20", members: "21-100",
  },
  // ------------------------------------------------------------ Ukraine
  {
    name: "Podil Print Studio", city: "Kyiv", country: "UA", at: [50.4656, 30.5170], kind: "studio",
    disciplines: ["visual-arts", "literature", "design"], services: ["studios", "workshop", "exhibition"],
    summary: "Letterpress, screen printing and risograph in a basement studio in Podil; zines, posters and small-press books.",
    story: "The studio rescued two letterpress machines from a closing state printer and learned to run them from the last typesetter who remembered how.\n\nIt publishes a small series of poetry chapbooks each year and rents press time by the day.",
    founded: 2015, team: "1-5", members: "21-100", open: true, social: ["https://social.example/@podilprint"], owner: "member3@echn.test",
  },
  {
    name: "Kyiv Sound Shelter", city: "Kyiv", country: "UA", at: [50.4481, 30.5034], kind: "studio",
    disciplines: ["music", "film-media"], services: ["recording", "event-space", "training"],
    summary: "Rehearsal rooms, a recording studio and a small concert hall for independent musicians and sound designers.",
    story: "Sound Shelter keeps its rooms open late and its prices low, because most of the bands who rehearse there also hold day jobs.\n\nIt trains young sound engineers in an apprenticeship that ends with a live recording of their own.",
    founded: 2014, team: "6-20", members: "101-500", open: true, web: true,
  },
  {
    name: "Lviv Tram Depot Hub", city: "Lviv", country: "UA", at: [49.8337, 24.0142], kind: "incubator",
    disciplines: ["startups", "technology", "design"], services: ["incubation", "mentoring", "desks", "funding-advice"],
    summary: "An incubator in a restored tram depot, helping creative start-ups from their first prototype to their first paying customers.",
    story: "Each year twelve teams join a nine-month programme with weekly mentoring, a desk and help with grant applications.\n\nThe depot's long hall is kept free for exhibitions and demo days that the whole city is invited to.",
    founded: 2018, team: "6-20", members: "21-100", web: true,
  },
  {
    name: "Kharkiv Travelling Workshop", city: "Kharkiv", country: "UA", at: [49.9935, 36.2304], kind: "makerspace", format: "mobile",
    disciplines: ["crafts", "social-innovation", "design"], services: ["workshop", "training"],
    summary: "A workshop in a lorry: tools, materials and two teachers who travel to villages and small towns to run making courses.",
    story: "The lorry carries a fold-out workbench, hand tools and a small kiln.\n\nIt spends a week in each place it visits, and leaves behind the tools a community needs to keep going.",
    founded: 2020, team: "1-5", members: "1-20", open: true,
  },
  // ------------------------------------------------------------ Georgia
  {
    name: "Mtkvari Media Lab", city: "Tbilisi", country: "GE", at: [41.6994, 44.8025], kind: "lab",
    disciplines: ["film-media", "technology", "social-innovation"], services: ["training", "recording", "mentoring"],
    summary: "A lab for documentary film and digital journalism, with editing suites, a sound booth and training for young reporters.",
    story: "The lab lends cameras to first-time filmmakers and helps them finish a short documentary in six months.\n\nEvery spring it screens the year's films on a courtyard wall, with the directors there to answer questions.",
    founded: 2012, team: "6-20", members: "21-100", open: true, web: true, owner: "member7@echn.test",
  },
  {
    name: "Sololaki Design Rooms", city: "Tbilisi", country: "GE", at: [41.6895, 44.8010], kind: "coworking",
    disciplines: ["design", "architecture", "fashion"], services: ["desks", "studios", "exhibition"],
    summary: "Shared studios and desks in an old merchant's house, home to young architects, product designers and fashion labels.",
    story: "The rooms still have their painted ceilings, which the members restored together over two summers.\n\nOnce a season the house opens for a weekend of studio visits and a market of members' work.",
    founded: 2017, team: "1-5", members: "21-100",
  },
  {
    name: "Black Sea Creative Coast", city: "Batumi", country: "GE", at: [41.6458, 41.6414], kind: "network", format: "online",
    disciplines: ["music", "performing-arts", "heritage"], services: ["networking", "mentoring", "funding-advice"],
    summary: "An online network linking festivals, venues and artists along the Black Sea coast, with monthly calls and shared opportunities.",
    story: "The network has no building: it meets on a monthly video call and once a year in a different coastal town.\n\nIts members share calls for artists, touring routes and advice on international funding.",
    founded: 2019, team: "1-5", members: "101-500", open: true,
  },
  // ------------------------------------------------------------ Norway
  {
    name: "Grünerløkka Craft House", city: "Oslo", country: "NO", at: [59.9233, 10.7586], kind: "cooperative",
    disciplines: ["crafts", "design"], services: ["studios", "workshop", "exhibition"],
    summary: "A member-owned house of workshops for ceramics, textiles, jewellery and furniture, with a shop on the ground floor.",
    story: "Members share the kilns, looms and bench space and decide together who joins.\n\nThe ground-floor shop sells only work made in the house.",
    founded: 2009, team: "6-20", members: "21-100", web: true,
  },
  {
    name: "Fjordlys Studios", city: "Bergen", country: "NO", at: [60.3965, 5.3220], kind: "studio",
    disciplines: ["film-media", "music"], services: ["recording", "studios", "residencies"],
    summary: "A sound stage, a mixing studio and two residency rooms by the harbour, for filmmakers and composers working on screen projects.",
    story: "Fjordlys invites two composer–director pairs a year to spend a month working side by side.\n\nThe rest of the year the stage is rented to local productions at cost.",
    founded: 2015, team: "1-5", members: "1-20", open: true,
  },
  {
    name: "Nidelva Game Hub", city: "Trondheim", country: "NO", at: [63.4340, 10.4020], kind: "incubator",
    disciplines: ["games", "technology", "startups"], services: ["incubation", "desks", "mentoring"],
    summary: "Desks, test devices and mentoring for small game studios, from student teams to companies shipping their third title.",
    story: "The hub runs a six-month programme for new studios and a monthly playtest night open to the public.\n\nIts alumni mentor the next cohort.",
    founded: 2016, team: "1-5", members: "21-100", web: true,
  },
  // ------------------------------------------------------------ United Kingdom
  {
    name: "Deptford Fabrication Yard", city: "London", country: "GB", at: [51.4796, -0.0262], kind: "makerspace",
    disciplines: ["crafts", "design", "architecture"], services: ["workshop", "training", "studios"],
    summary: "Railway arches full of machines: CNC routing, welding, a spray booth and bench space for makers and set builders.",
    story: "The Yard began with one arch and a borrowed table saw.\n\nIt now fills four arches and runs induction courses every week.",
    founded: 2012, team: "6-20", members: "101-500", confirmedDaysAgo: 610,
  },
  {
    name: "Hackney Wick Print Collective", city: "London", country: "GB", at: [51.5430, -0.0243], kind: "collective",
    disciplines: ["visual-arts", "literature"], services: ["studios", "workshop", "exhibition"],
    summary: "A collective of printmakers and small publishers sharing presses, a darkroom and a canal-side exhibition space.",
    story: "Members run the collective on a rota: everyone spends one day a month looking after the space.\n\nOpen studios take place twice a year.",
    founded: 2010, team: "1-5", members: "21-100", open: true,
  },
  {
    name: "Ancoats Sound Works", city: "Manchester", country: "GB", at: [53.4843, -2.2260], kind: "studio",
    disciplines: ["music", "film-media"], services: ["recording", "training", "event-space"],
    summary: "Rehearsal and recording rooms in an old mill, with an engineering course for people who could not afford college.",
    story: "Sound Works keeps half its studio hours for artists on low incomes.\n\nIts engineering course takes twelve students a year and pays them for their final project.",
    founded: 2011, team: "6-20", members: "101-500", web: true,
  },
  {
    name: "Leith Creative Exchange", city: "Edinburgh", country: "GB", at: [55.9750, -3.1720], kind: "coworking",
    disciplines: ["design", "literature", "startups"], services: ["desks", "mentoring", "networking", "event-space"],
    summary: "A coworking space by the docks for writers, designers and founders, with quiet rooms and a busy kitchen.",
    story: "The Exchange hosts a weekly breakfast where members present what they are stuck on and the room helps.\n\nWriters get a discounted rate in the quiet wing.",
    founded: 2014, team: "1-5", members: "101-500", open: true, web: true,
  },
  {
    name: "Harbourside Digital", city: "Bristol", country: "GB", at: [51.4490, -2.6000], kind: "incubator",
    disciplines: ["games", "film-media", "technology"], services: ["incubation", "desks", "funding-advice"],
    summary: "An incubator for immersive media, animation and games studios, in a warehouse on the floating harbour.",
    story: "Harbourside gives new studios a year of desks, a motion-capture room and advice on funding.\n\nIt keeps a seat on its selection panel for a former resident.",
    founded: 2015, team: "6-20", members: "21-100",
  },
  // ------------------------------------------------------------ Ireland
  {
    name: "Liberties Design Loft", city: "Dublin", country: "IE", at: [53.3418, -6.2770], kind: "coworking",
    disciplines: ["design", "fashion"], services: ["desks", "studios", "exhibition"],
    summary: "Shared studios for independent designers and small fashion labels in a former whiskey warehouse.",
    story: "The loft runs a pop-up shop at Christmas where every member sells their work without commission.\n\nSewing machines and a pattern table are shared by all.",
    founded: 2016, team: "1-5", members: "21-100", web: true,
  },
  {
    name: "Shandon Arts Co-op", city: "Cork", country: "IE", at: [51.9030, -8.4760], kind: "cooperative",
    disciplines: ["visual-arts", "music"], services: ["studios", "event-space", "exhibition"],
    summary: "A co-operative of painters and musicians sharing studios and a small venue on the north side of the river.",
    story: "The co-op programmes a concert and an exhibition every month, chosen by the members in turn.\n\nA studio is always kept free for an artist from outside Cork.",
    founded: 2008, team: "1-5", members: "21-100", open: true,
  },
  // ------------------------------------------------------------ Portugal
  {
    name: "Marvila Creative Docks", city: "Lisbon", country: "PT", at: [38.7460, -9.1010], kind: "incubator",
    disciplines: ["startups", "design", "technology"], services: ["incubation", "desks", "mentoring", "event-space"],
    summary: "An incubator and coworking space in old riverside warehouses, for design studios and creative start-ups.",
    story: "The Docks run two incubation programmes a year and a public talk every Thursday.\n\nStart-ups share a prototyping room with a 3D printer and a photo studio.",
    founded: 2017, team: "6-20", members: "101-500", web: true,
  },
  {
    name: "Alfama Tile Workshop", city: "Lisbon", country: "PT", at: [38.7115, -9.1300], kind: "studio",
    disciplines: ["crafts", "heritage", "visual-arts"], services: ["workshop", "training", "residencies"],
    summary: "A studio for hand-painted tiles, where artists learn the old techniques and restore damaged façades of the neighbourhood.",
    story: "The workshop trains apprentices in painting and firing tiles the traditional way.\n\nIt works with neighbours to replace stolen and broken tiles, and hosts one international artist a season.",
    founded: 2013, team: "1-5", members: "1-20", open: true, owner: "member2@echn.test",
  },
  {
    name: "Bonfim Lab", city: "Porto", country: "PT", at: [41.1480, -8.5960], kind: "lab",
    disciplines: ["architecture", "social-innovation", "design"], services: ["workshop", "event-space", "training"],
    summary: "A neighbourhood lab where architects and residents design and build small improvements to the streets together.",
    story: "Bonfim Lab has built benches, a community garden and a bus shelter with the people who use them.\n\nEach project starts with a street meeting and ends with a party.",
    founded: 2018, team: "1-5", members: "21-100",
  },
  // ------------------------------------------------------------ Spain
  {
    name: "Factoría Cultural Madrid", city: "Madrid", country: "ES", at: [40.3920, -3.6975], kind: "incubator",
    disciplines: ["startups", "design", "social-innovation"], services: ["incubation", "desks", "training", "mentoring"],
    summary: "An incubator for cultural and creative enterprises in the Matadero arts centre, and the venue of our 2017 skills workshop in Madrid.",
    story: "Factoría Cultural supports people who want to turn a creative project into an organisation that lasts, with desks, training and advice.\n\nIt hosted the network's skills workshop \"How to start me up: building my creative hub\" in March 2017.",
    team: "6-20", members: "101-500", address: "Matadero Madrid",
  },
  {
    name: "Lavapiés Sound Lab", city: "Madrid", country: "ES", at: [40.4085, -3.7010], kind: "lab",
    disciplines: ["music", "technology", "performing-arts"], services: ["recording", "training", "event-space"],
    summary: "A lab for electronic music and live performance, with synthesisers to borrow and an open stage on Sunday nights.",
    story: "The lab teaches instrument building and live coding to people of every age.\n\nSunday's open stage has one rule: play something you have never played before.",
    founded: 2015, team: "1-5", members: "21-100", open: true,
  },
  {
    name: "Poblenou Fab Collective", city: "Barcelona", country: "ES", at: [41.4030, 2.1940], kind: "makerspace",
    disciplines: ["design", "architecture", "technology"], services: ["workshop", "training", "residencies"],
    summary: "A fab lab in a former textile factory: digital fabrication, a materials library and residencies for designers.",
    story: "The collective shares its machines with schools in the mornings and with members in the afternoons.\n\nResident designers document what they make so that others can build it again.",
    founded: 2012, team: "6-20", members: "101-500", open: true, web: true,
  },
  // ------------------------------------------------------------ France
  {
    name: "Atelier Belleville Commun", city: "Paris", country: "FR", at: [48.8720, 2.3840], kind: "cooperative",
    disciplines: ["visual-arts", "crafts"], services: ["studios", "workshop", "exhibition"],
    summary: "A co-operative of painters, ceramicists and bookbinders who bought their building together to keep their rents stable.",
    story: "The members took out a shared loan in 2009 and paid it back in twelve years.\n\nThe courtyard is open to visitors on the first weekend of every month.",
    founded: 2009, team: "1-5", members: "21-100",
  },
  {
    name: "Canal Numérique", city: "Paris", country: "FR", at: [48.8830, 2.3700], kind: "incubator",
    disciplines: ["technology", "games", "startups"], services: ["incubation", "desks", "mentoring", "funding-advice"],
    summary: "An incubator for digital creation by the Canal Saint-Martin: games, interactive stories and tools for artists.",
    story: "Canal Numérique pairs each team with a mentor from the industry and a mentor from the arts.\n\nTeams show their work at a public demo day every June.",
    founded: 2016, team: "6-20", members: "21-100", web: true,
  },
  {
    name: "Croix-Rousse Textile Lab", city: "Lyon", country: "FR", at: [45.7740, 4.8310], kind: "lab",
    disciplines: ["fashion", "crafts", "technology"], services: ["workshop", "training", "residencies"],
    summary: "Jacquard looms and digital knitting machines in the old silk workers' district, for designers who experiment with textiles.",
    story: "The lab restored a nineteenth-century loom and connected it to a computer.\n\nResidents spend three months developing a fabric, and their samples go into a public archive.",
    founded: 2014, team: "1-5", members: "21-100", open: true, owner: "member5@echn.test",
  },
  {
    name: "Panier Ateliers Partagés", city: "Marseille", country: "FR", at: [43.2990, 5.3690], kind: "studio",
    disciplines: ["performing-arts", "visual-arts"], services: ["studios", "event-space"],
    summary: "Shared rehearsal rooms and painting studios in the old town, with a small theatre on the ground floor.",
    story: "The ateliers rent rooms by the week so that touring companies can rehearse between dates.\n\nThe theatre shows work in progress, free of charge.",
    founded: 2010, team: "1-5", members: "21-100",
  },
  // ------------------------------------------------------------ Belgium and the Netherlands
  {
    name: "Molenbeek Maker Hall", city: "Brussels", country: "BE", at: [50.8560, 4.3330], kind: "makerspace",
    disciplines: ["crafts", "design", "social-innovation"], services: ["workshop", "training", "event-space"],
    summary: "A community workshop by the canal where neighbours, designers and students repair, build and learn together.",
    story: "The Maker Hall runs a repair café every Saturday and free courses for young people looking for work.\n\nDesigners who use the hall give two hours a month to teaching.",
    founded: 2015, team: "6-20", members: "101-500", open: true, web: true,
  },
  {
    name: "Patershol Print Room", city: "Ghent", country: "BE", at: [51.0575, 3.7225], kind: "studio",
    disciplines: ["visual-arts", "literature", "design"], services: ["studios", "workshop"],
    summary: "A small print room in a medieval lane: etching, lithography and a bindery, shared by illustrators and book artists.",
    story: "The room is run by four illustrators who open it to others three days a week.\n\nEach winter they publish a book made by everyone who printed there that year.",
    founded: 2012, team: "1-5", members: "1-20",
  },
  {
    name: "Noord Harbour Studios", city: "Amsterdam", country: "NL", at: [52.4010, 4.8930], kind: "studio",
    disciplines: ["visual-arts", "film-media", "performing-arts"], services: ["studios", "event-space", "residencies"],
    summary: "Studios built inside old shipyard halls across the IJ, for sculptors, set designers and video artists who need room.",
    story: "Artists built their own studios inside the halls, box by box.\n\nOne hall is kept empty for large installations and performances.",
    founded: 2007, team: "6-20", members: "101-500", web: true,
  },
  {
    name: "Katendrecht Creative Port", city: "Rotterdam", country: "NL", at: [51.9010, 4.4850], kind: "incubator",
    disciplines: ["architecture", "design", "startups"], services: ["incubation", "desks", "mentoring"],
    summary: "An incubator for young architecture and design practices in a former harbour warehouse.",
    story: "Practices stay for up to two years and share a model workshop and a meeting room with a view of the port.\n\nA monthly crit invites outside architects to review members' work.",
    founded: 2013, team: "1-5", members: "21-100",
  },
  // ------------------------------------------------------------ Germany
  {
    name: "betahaus Berlin", city: "Berlin", country: "DE", at: [52.5025, 13.3945], kind: "coworking",
    disciplines: ["startups", "technology", "design"], services: ["desks", "event-space", "workshop", "networking"],
    summary: "One of Berlin's best-known coworking spaces, in Kreuzberg, and the venue of our 2017 skills workshop in Berlin.",
    story: "betahaus brings freelancers, start-ups and creative teams together under one roof, with desks, meeting rooms and event space.\n\nIt hosted the network's skills workshop \"How to be a hub superhero?\" in June 2017.",
    team: "21-50", members: "500+", address: "Kreuzberg",
  },
  {
    name: "Spreeufer Sound Collective", city: "Berlin", country: "DE", at: [52.4985, 13.4470], kind: "collective",
    disciplines: ["music", "performing-arts"], services: ["recording", "event-space", "residencies"],
    summary: "Musicians and sound artists sharing studios and a riverside venue, with residencies for artists from Eastern Europe.",
    story: "The collective started in a boathouse and still rehearses within earshot of the Spree.\n\nEvery year it invites four artists from Eastern Europe for a two-month residency that ends in a concert.",
    founded: 2012, team: "6-20", members: "21-100", open: true, web: true, owner: "member@echn.test",
  },
  {
    name: "Wedding Werkstatt", city: "Berlin", country: "DE", at: [52.5480, 13.3590], kind: "makerspace",
    disciplines: ["crafts", "design"], services: ["workshop", "training"],
    summary: "An open workshop for wood, metal and textiles in a former bakery, with courses in German, English, Turkish and Arabic.",
    story: "Courses are taught by members in the languages spoken in the neighbourhood.\n\nTools can be borrowed for a week with a library card.",
    founded: 2017, team: "1-5", members: "101-500",
  },
  {
    name: "Babelsberg Story Lab", city: "Potsdam", country: "DE", at: [52.3880, 13.1180], kind: "lab",
    disciplines: ["film-media", "games", "literature"], services: ["training", "mentoring", "residencies"],
    summary: "A writers' room for film, series and games near the old film studios, with script labs and mentoring.",
    story: "The lab runs a script lab each spring where writers from film and games develop stories together.\n\nMentors are working screenwriters and narrative designers.",
    founded: 2016, team: "1-5", members: "21-100", open: true,
  },
  {
    name: "Plagwitz Kanal Ateliers", city: "Leipzig", country: "DE", at: [51.3300, 12.3350], kind: "studio",
    disciplines: ["visual-arts", "crafts"], services: ["studios", "exhibition", "residencies"],
    summary: "Painters' and sculptors' studios in a brick factory on the Karl Heine canal, with a gallery and a guest studio.",
    story: "Forty artists work in the building and open their studios together each spring and autumn.\n\nThe guest studio is offered free to an artist from a partner hub abroad.",
    founded: 2006, team: "1-5", members: "21-100", open: true,
  },
  {
    name: "Sternschanze Digital Hub", city: "Hamburg", country: "DE", at: [53.5630, 9.9640], kind: "coworking",
    disciplines: ["technology", "startups", "music"], services: ["desks", "event-space", "networking"],
    summary: "A coworking space for developers, producers and music-tech start-ups above a club in the Schanzenviertel.",
    story: "The hub shares its sound system with the club downstairs and runs music-tech meetups on Tuesdays.\n\nDesks are rented by the month.",
    founded: 2013, team: "1-5", members: "21-100", confirmedDaysAgo: 800,
  },
  // ------------------------------------------------------------ Central Europe
  {
    name: "Ottakring Creative Yard", city: "Vienna", country: "AT", at: [48.2110, 16.3190], kind: "coworking",
    disciplines: ["design", "fashion", "startups"], services: ["desks", "studios", "mentoring"],
    summary: "Desks and small studios round a courtyard in a former brewery district, for designers and young fashion labels.",
    story: "The yard hosts a monthly market where members sell directly to the neighbourhood.\n\nA business adviser holds office hours every Wednesday.",
    founded: 2015, team: "1-5", members: "21-100", web: true,
  },
  {
    name: "Karlín Hardware Hub", city: "Prague", country: "CZ", at: [50.0920, 14.4500], kind: "incubator",
    disciplines: ["technology", "design", "startups"], services: ["incubation", "workshop", "mentoring"],
    summary: "An incubator for designers making physical products, with an electronics lab and help with small-batch manufacturing.",
    story: "The hub connects teams with workshops and factories within a day's drive of Prague.\n\nIts electronics lab is open to members around the clock.",
    founded: 2016, team: "6-20", members: "21-100", open: true, web: true,
  },
  {
    name: "Petržalka Makerspace", city: "Bratislava", country: "SK", at: [48.1250, 17.1100], kind: "makerspace",
    disciplines: ["crafts", "technology", "social-innovation"], services: ["workshop", "training"],
    summary: "A makerspace in a housing-estate community centre, teaching electronics, woodwork and repair to all ages.",
    story: "The makerspace opened in an empty shop on the ground floor of a panel block.\n\nRetired engineers volunteer as teachers.",
    founded: 2018, team: "1-5", members: "21-100",
  },
  {
    name: "Józsefváros Courtyard Studios", city: "Budapest", country: "HU", at: [47.4920, 19.0720], kind: "studio",
    disciplines: ["visual-arts", "crafts", "performing-arts"], services: ["studios", "exhibition", "event-space"],
    summary: "Studios around the galleried courtyard of a nineteenth-century apartment house, with exhibitions on the balconies.",
    story: "Artists rent former flats as studios, and the courtyard becomes a venue in summer.\n\nNeighbours are invited to every opening.",
    founded: 2014, team: "1-5", members: "21-100", open: true,
  },
  {
    name: "Stocznia Creative Docks", city: "Gdańsk", country: "PL", at: [54.3640, 18.6480], kind: "collective",
    disciplines: ["performing-arts", "visual-arts", "heritage"], services: ["event-space", "studios", "residencies"],
    summary: "A collective of artists and performers working in the halls of the historic shipyard and telling its stories.",
    story: "The collective uses a former welding hall for theatre and concerts.\n\nIts oral-history project records the memories of shipyard workers.",
    founded: 2011, team: "6-20", members: "21-100", open: true, web: true, owner: "member4@echn.test",
  },
  {
    name: "Praga Północ Studios", city: "Warsaw", country: "PL", at: [52.2550, 21.0350], kind: "studio",
    disciplines: ["film-media", "music", "visual-arts"], services: ["recording", "studios", "event-space"],
    summary: "Film and music studios in a pre-war factory on the east bank of the Vistula.",
    story: "The studios share a sound stage, an editing room and a rooftop used for screenings in summer.\n\nStudents get a third off the hourly rate.",
    founded: 2013, team: "6-20", members: "101-500",
  },
  // ------------------------------------------------------------ Baltic and Nordic
  {
    name: "Užupis Workshop House", city: "Vilnius", country: "LT", at: [54.6810, 25.2960], kind: "collective",
    disciplines: ["crafts", "visual-arts"], services: ["studios", "workshop", "residencies"],
    summary: "Glass, ceramics and woodwork studios in a riverside house, run by a collective of craftspeople.",
    story: "The house was rebuilt by its members with reclaimed timber.\n\nA guest room welcomes craftspeople from other hubs for up to a month.",
    founded: 2010, team: "1-5", members: "1-20", open: true,
  },
  {
    name: "Kalamaja Code & Craft", city: "Tallinn", country: "EE", at: [59.4470, 24.7330], kind: "lab",
    disciplines: ["technology", "crafts", "games"], services: ["workshop", "training", "desks"],
    summary: "Where programmers and craftspeople meet: a lab for electronic textiles, small games and interactive objects in a wooden house.",
    story: "Kalamaja pairs people who code with people who make, and sees what happens.\n\nThe results are shown at an open house each December.",
    founded: 2017, team: "1-5", members: "21-100", web: true,
  },
  {
    name: "Kallio Collective Kitchen", city: "Helsinki", country: "FI", at: [60.1840, 24.9500], kind: "collective",
    disciplines: ["social-innovation", "design", "performing-arts"], services: ["event-space", "networking", "mentoring"],
    summary: "A community kitchen and meeting room where designers, artists and neighbours plan projects over shared meals.",
    story: "Every Thursday someone cooks and someone else presents an idea.\n\nThe best ideas get a small grant from the members' pooled fund.",
    founded: 2015, team: "1-5", members: "101-500", open: true,
  },
  {
    name: "Nørrebro Design Yard", city: "Copenhagen", country: "DK", at: [55.6940, 12.5490], kind: "coworking",
    disciplines: ["design", "architecture"], services: ["desks", "workshop", "exhibition"],
    summary: "Desks, a model workshop and a gallery for independent designers and small architecture studios.",
    story: "The yard's workshop has a laser cutter and a large-format printer shared by all.\n\nThe gallery shows one member's work each month.",
    founded: 2012, team: "1-5", members: "21-100", web: true,
  },
  {
    name: "Södermalm Sound Rooms", city: "Stockholm", country: "SE", at: [59.3150, 18.0710], kind: "studio",
    disciplines: ["music", "film-media"], services: ["recording", "studios", "training"],
    summary: "Rehearsal rooms and a recording studio run by musicians, with courses in production and mixing.",
    story: "The rooms are booked online and cleaned by whoever used them last.\n\nA mentoring scheme pairs new producers with experienced engineers.",
    founded: 2011, team: "1-5", members: "101-500",
  },
  // ------------------------------------------------------------ South-east Europe and beyond
  {
    name: "Ljubljanica Riverside Lab", city: "Ljubljana", country: "SI", at: [46.0480, 14.5080], kind: "lab",
    disciplines: ["design", "technology", "architecture"], services: ["workshop", "training", "event-space"],
    summary: "A lab for design and technology on the river bank, with courses in digital fabrication and sustainable materials.",
    story: "The lab tests new materials made from wood waste and mycelium.\n\nIts open evenings draw architects, students and curious neighbours.",
    founded: 2014, team: "1-5", members: "21-100", open: true, web: true,
  },
  {
    name: "Trešnjevka Creative Hub", city: "Zagreb", country: "HR", at: [45.8040, 15.9470], kind: "coworking",
    disciplines: ["games", "startups", "design"], services: ["desks", "incubation", "mentoring", "networking"],
    summary: "Coworking and incubation for game developers and creative start-ups in a former tram workshop.",
    story: "The hub hosts Zagreb's monthly game developers' meetup.\n\nNew studios get three months of free desks.",
    founded: 2016, team: "1-5", members: "21-100", owner: "member9@echn.test",
  },
  {
    name: "Baščaršija Craft Lab", city: "Sarajevo", country: "BA", at: [43.8595, 18.4310], kind: "lab",
    disciplines: ["crafts", "heritage", "design"], services: ["workshop", "training", "exhibition"],
    summary: "Young designers learning from the old town's coppersmiths and woodcarvers, and making new work with them.",
    story: "The lab pairs a master craftsman with a young designer for a year.\n\nTheir work is shown at an exhibition in the old town every autumn.",
    founded: 2017, team: "1-5", members: "1-20", open: true,
  },
  {
    name: "Tirana Block Studios", city: "Tirana", country: "AL", at: [41.3200, 19.8150], kind: "studio",
    disciplines: ["architecture", "visual-arts", "design"], services: ["studios", "exhibition", "event-space"],
    summary: "Studios and a gallery in a former villa of the Blloku district, for artists and architects.",
    story: "The studios occupy a house that was closed to the public for decades.\n\nIts garden hosts talks and film nights all summer.",
    founded: 2015, team: "1-5", members: "21-100",
  },
  {
    name: "Pristina Youth Media Lab", city: "Pristina", country: "XK", at: [42.6630, 21.1640], kind: "lab",
    disciplines: ["film-media", "social-innovation"], services: ["training", "recording", "mentoring"],
    summary: "Training in video, podcasting and journalism for young people, with equipment to borrow for free.",
    story: "The lab's podcast is produced entirely by teenagers.\n\nEquipment can be borrowed for a week with a parent's signature.",
    founded: 2018, team: "1-5", members: "101-500", open: true,
  },
  {
    name: "Kapana Makers", city: "Plovdiv", country: "BG", at: [42.1490, 24.7480], kind: "makerspace",
    disciplines: ["crafts", "design", "technology"], services: ["workshop", "training", "exhibition"],
    summary: "A makerspace in the narrow streets of Plovdiv's creative district, with courses in woodwork, electronics and printing.",
    story: "The space opened in a former locksmith's shop and kept his tools.\n\nMembers show their work in the street on the first Friday of each month.",
    founded: 2016, team: "1-5", members: "21-100", web: true,
  },
  {
    name: "Cluj Clockwork Lab", city: "Cluj-Napoca", country: "RO", at: [46.7700, 23.5900], kind: "lab",
    disciplines: ["technology", "games", "visual-arts"], services: ["workshop", "desks", "mentoring"],
    summary: "Robotics, kinetic sculpture and game hardware, built by artists and engineers in an old watch factory.",
    story: "The lab began with a collection of broken clocks and the question of what could be made from them.\n\nIts kinetic sculptures tour festivals across Romania.",
    founded: 2015, team: "1-5", members: "21-100", open: true,
  },
  {
    name: "Metaxourgeio Open Studios", city: "Athens", country: "GR", at: [37.9860, 23.7200], kind: "studio",
    disciplines: ["visual-arts", "performing-arts"], services: ["studios", "event-space", "residencies"],
    summary: "Studios and a rehearsal hall in a neoclassical house, shared by painters, choreographers and guest artists.",
    story: "The house was falling down when the artists moved in and repaired it room by room.\n\nTwo guest studios are offered to artists from partner hubs each year.",
    founded: 2012, team: "1-5", members: "21-100", open: true, web: true, owner: "member8@echn.test",
  },
  {
    name: "Navigli Design Factory", city: "Milan", country: "IT", at: [45.4520, 9.1750], kind: "studio",
    disciplines: ["design", "fashion", "architecture"], services: ["studios", "workshop", "exhibition"],
    summary: "Design studios and a prototyping workshop by the canals, open to the public during design week.",
    story: "The factory hosts young designers alongside established studios, and they share the workshop.\n\nDuring design week the whole building becomes an exhibition.",
    founded: 2010, team: "6-20", members: "21-100", web: true,
  },
  {
    name: "Quartieri Spagnoli Collective", city: "Naples", country: "IT", at: [40.8420, 14.2460], kind: "collective",
    disciplines: ["performing-arts", "social-innovation", "heritage"], services: ["event-space", "training", "networking"],
    summary: "Theatre makers and social workers running workshops and street performances with the people of the neighbourhood.",
    story: "The collective's theatre is a ground-floor room whose doors open onto the street.\n\nChildren from the neighbourhood write and perform a play every year.",
    founded: 2013, team: "6-20", members: "21-100", open: true,
  },
  {
    name: "Kadıköy Makers Collective", city: "Istanbul", country: "TR", at: [40.9900, 29.0280], kind: "collective",
    disciplines: ["crafts", "design", "music"], services: ["workshop", "studios", "event-space"],
    summary: "A collective of instrument makers, designers and illustrators on the Asian side of Istanbul.",
    story: "The collective began as a shared workshop for two luthiers.\n\nNow it runs courses in instrument making and a monthly concert on instruments built there.",
    founded: 2014, team: "1-5", members: "21-100", web: true,
  },

  // ------------------------------------------------------------ not published
  {
    name: "Neukölln Risograph Club", city: "Berlin", country: "DE", at: [52.4810, 13.4350], kind: "studio",
    disciplines: ["visual-arts", "literature"], services: ["workshop", "training"],
    summary: "A risograph print club for zine makers and illustrators, with open printing evenings twice a week.",
    story: "The club started with one second-hand risograph in a shared kitchen.\n\nNow it has three machines and a waiting list for its beginners' course.",
    founded: 2021, team: "1-5", members: "21-100", status: "pending", owner: "member@echn.test",
  },
  {
    name: "Valletta Bastion Studios", city: "Valletta", country: "MT", at: [35.8990, 14.5120], kind: "studio",
    disciplines: ["film-media", "performing-arts"], services: ["studios", "event-space"],
    summary: "Rehearsal and production studios inside the city walls, for film crews and theatre companies.",
    story: "The studios occupy vaulted rooms in the fortifications.\n\nThey are rented by the day to visiting productions.",
    founded: 2019, team: "1-5", members: "1-20", status: "pending",
  },
  {
    name: "Galway Bay Weavers", city: "Galway", country: "IE", at: [53.2720, -9.0530], kind: "cooperative",
    disciplines: ["crafts", "fashion"], services: ["studios", "training"],
    summary: "Weavers sharing looms.",
    story: "",
    status: "changes_requested",
    moderatorMessage: "Thank you for adding the co-op. Please tell visitors a little more: what the weavers make, who can join or visit, and when the studio is open. A sentence or two in the description is enough.",
  },
  {
    name: "Sunny Coast Co-Living", city: "Limassol", country: "CY", at: [34.6800, 33.0400], kind: "other",
    disciplines: ["startups"], services: ["desks"],
    summary: "Sea-view apartments for remote workers, with a shared desk in every flat. Book your stay today.",
    story: "",
    status: "rejected",
    moderatorMessage: "The map lists creative hubs: places and groups where creative work is made together. Holiday apartments do not fit, so we cannot publish this entry.",
  },
  {
    name: "Old Town Nicosia Makers", city: "Nicosia", country: "CY", at: [35.1740, 33.3620], kind: "makerspace",
    disciplines: ["crafts", "design"], services: ["workshop"],
    summary: "A small makerspace in the old town that closed its doors when the lease on its building ended.",
    story: "For six years the makerspace taught woodwork and repair in the old town.\n\nIt closed when the lease ended.",
    founded: 2015, team: "1-5", members: "1-20", status: "archived", confirmedDaysAgo: 300,
  },
];

/** The programme's venues that are hubs too (seeded events → hub slugs). */
const EVENT_VENUES: Record<string, string> = {
  "workshop-madrid-2017": "factoria-cultural-madrid",
  "workshop-berlin-2017": "betahaus-berlin",
};

const DAY_MS = 86_400_000;

function hubData(hub: SeedHub, index: number, now: number) {
  const slug = slugify(hub.name);
  const status = hub.status ?? "published";
  // Spread over the last weeks, so "recently added" has an order; stale ones as given.
  const confirmedAt = new Date(now - (hub.confirmedDaysAgo ?? 5 + ((index * 7) % 120)) * DAY_MS);
  const createdAt = new Date(Math.min(confirmedAt.getTime(), now - (400 - index * 5) * DAY_MS));
  const website = hub.web ? `https://${slug}.example` : null;
  return {
    slug,
    name: hub.name,
    nameKey: matchKey(hub.name),
    kind: hub.kind,
    format: hub.format ?? "static",
    disciplines: hub.disciplines,
    services: hub.services,
    summary: hub.summary,
    story: hub.story,
    website,
    websiteKey: websiteKey(website),
    socialLinks: hub.social ?? [],
    // A reserved domain: demo hubs' mail stays in the outbox.
    contactEmail: `${slug}@hubs.echn.test`,
    address: hub.address ?? null,
    city: hub.city,
    cityKey: matchKey(hub.city),
    countryCode: hub.country,
    latitude: hub.at[0],
    longitude: hub.at[1],
    foundedYear: hub.founded ?? null,
    teamSize: hub.team ?? null,
    membersCount: hub.members ?? null,
    openToExchanges: hub.open ?? false,
    imageKey: null,
    imageAlt: null,
    status,
    moderatorMessage: hub.moderatorMessage ?? null,
    submittedAt: createdAt,
    publishedAt: status === "published" || status === "archived" ? createdAt : null,
    confirmedAt,
    createdAt,
  };
}

export async function seedHubs(db: PrismaClient, now = Date.now()) {
  const emails = [...new Set(DEMO_HUBS.flatMap((hub) => (hub.owner ? [hub.owner] : [])))];
  const owners = await db.user.findMany({ where: { email: { in: emails } }, select: { id: true, email: true } });
  const ownerId = new Map(owners.map((u) => [u.email, u.id]));
  await db.$transaction(
    async (tx) => {
      for (const [index, hub] of DEMO_HUBS.entries()) {
        const { slug, ...data } = hubData(hub, index, now);
        const saved = await tx.hub.upsert({ where: { slug }, create: { slug, ...data }, update: data, select: { id: true } });
        const userId = hub.owner ? ownerId.get(hub.owner) : undefined;
        if (userId) {
          await tx.hubOwner.upsert({ where: { hubId_userId: { hubId: saved.id, userId } }, create: { hubId: saved.id, userId }, update: {} });
        }
      }
      for (const [eventSlug, hubSlug] of Object.entries(EVENT_VENUES)) {
        const hub = await tx.hub.findUnique({ where: { slug: hubSlug }, select: { id: true } });
        if (hub) await tx.event.updateMany({ where: { slug: eventSlug }, data: { hubId: hub.id } });
      }
    },
    { timeout: 60_000 },
  );
}
