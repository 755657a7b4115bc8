// npm run db:migrate -- --name <change>   create a migration from the schema diff, then apply it
// npm run db:deploy                        apply pending migrations
// npm run db:status                        pending, failed, edited, drift
import { parseArgs } from "node:util";
import { createMigration, deployMigrations, MigrationFailed, migrationStatus } from "../../prisma/migrate/migrations";

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { name: { type: "string" }, url: { type: "string" }, dir: { type: "string" }, schema: { type: "string" } },
});
const url = values.url ?? process.env.DATABASE_URL;
if (!url) {
  console.error("DATABASE_URL is not set. Run this through `npm run dev`'s database, or set DATABASE_URL.");
  process.exit(2);
}
const opts = { url, migrationsDir: values.dir, schemaPath: values.schema };

async function main(command: string | undefined): Promise<number> {
  switch (command) {
    case "create": {
      if (!values.name) { console.error("Usage: npm run db:migrate -- --name <change>"); return 2; }
      const created = await createMigration({ ...opts, name: values.name });
      if (created) console.log(`Created prisma/migrations/${created.name}/migration.sql — read it before you commit: destructive statements are not flagged.`);
      else console.log("The schema matches the migrations: nothing to create.");
      const applied = await deployMigrations(opts);
      console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
      return 0;
    }
    case "deploy": {
      const applied = await deployMigrations(opts);
      console.log(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(", ")}` : "No pending migrations.");
      return 0;
    }
    case "status": {
      const s = await migrationStatus(opts);
      const lines = [
        s.pending.length ? `Pending: ${s.pending.join(", ")}` : "Pending: none",
        s.failed.length ? `Failed: ${s.failed.join(", ")}` : "",
        s.edited.length ? `Edited after being applied: ${s.edited.join(", ")}` : "",
        s.unknown.length ? `Applied but missing from prisma/migrations: ${s.unknown.join(", ")}` : "",
        s.drift ? `Drift: the database has changes that no migration made (changed by hand?):\n${s.drift}` : "Drift: none",
        s.unmigratedSchemaChanges ? "schema.prisma has changes no migration holds yet: run npm run db:migrate -- --name <change>" : "",
      ];
      console.log(lines.filter(Boolean).join("\n"));
      const clean = !s.pending.length && !s.failed.length && !s.edited.length && !s.unknown.length && !s.drift;
      return clean ? 0 : 1;
    }
    default:
      console.error("Usage: migrate.ts create --name <change> | deploy | status");
      return 2;
  }
}

main(positionals[0]).then(
  (code) => process.exit(code),
  (e) => {
    console.error(e instanceof MigrationFailed ? e.message : `Migration command failed: ${(e as Error).message}`);
    process.exit(1);
  },
);
