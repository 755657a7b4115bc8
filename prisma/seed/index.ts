// npm run db:seed [-- --demo]
// Idempotent: the programme (partners, fora, workshops, its archive's news, the library's real
// resources) always; demo accounts and demo content (demo resources too) only when asked (the
// embedded local database asks on its first start).
import { parseArgs } from "node:util";
import { db } from "@/lib/db";
import { seedArchiveNews } from "./news";
import { seedArchiveResources, seedDemoResources } from "./resources";
import { seedProgramme } from "./programme";
import { seedDemo } from "./demo";

const { values } = parseArgs({ options: { demo: { type: "boolean", default: false } } });

async function main() {
  await seedProgramme(db);
  await seedArchiveNews(db);
  await seedArchiveResources(db);
  if (values.demo) {
    await seedDemo(db);
    await seedDemoResources(db);
  }
  console.log(values.demo ? "Seeded the programme and the demo content." : "Seeded the programme.");
}

main()
  .then(() => db.$disconnect())
  .catch(async (e) => {
    console.error("Seeding failed:", e);
    await db.$disconnect();
    process.exit(1);
  });
