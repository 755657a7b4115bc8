import { defineConfig } from "prisma/config";

// The Prisma CLI reads this file. `generate` needs no database; migrations run through
// our offline engine (prisma/migrate/), which reads DATABASE_URL itself.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
  datasource: { url: process.env.DATABASE_URL ?? "postgresql://localhost/echn" },
});
