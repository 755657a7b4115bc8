// `prisma generate` without Prisma's native engine download (unreachable offline):
// generate never runs the schema engine, but the CLI insists the binary exists, so we
// point it at node itself. See ../shared/docs/ENVIRONMENT.md.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const prismaCli = createRequire(import.meta.url).resolve("prisma/build/index.js");
const env = { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? process.execPath, PRISMA_HIDE_UPDATE_MESSAGE: "1" };
const r = spawnSync(process.execPath, [prismaCli, "generate", ...process.argv.slice(2)], { stdio: "inherit", env });
process.exit(r.status ?? 1);
