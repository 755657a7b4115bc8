// Where things are: the project root, the local state folder and the binaries we run
// through node (never through a shell, so that signals and exit codes pass straight through).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

const requireFromRoot = createRequire(path.join(ROOT, "package.json"));

/** Local state (databases, secrets, locks): `.data/` unless ECHN_DATA_DIR names another folder. */
export function dataDir(): string {
  return path.resolve(ROOT, process.env.ECHN_DATA_DIR || ".data");
}

function binOf(pkg: string, name: string): string {
  const manifest = requireFromRoot.resolve(`${pkg}/package.json`);
  const { bin } = JSON.parse(readFileSync(manifest, "utf-8")) as { bin: string | Record<string, string> };
  const rel = typeof bin === "string" ? bin : bin[name];
  if (!rel) throw new Error(`${pkg} has no "${name}" binary`);
  return path.join(path.dirname(manifest), rel);
}

export const bins = {
  next: () => path.join(path.dirname(requireFromRoot.resolve("next/package.json")), "dist/bin/next"),
  tsx: () => binOf("tsx", "tsx"),
  vitest: () => binOf("vitest", "vitest"),
  playwright: () => binOf("@playwright/test", "playwright"),
};

export const paths = {
  schema: path.join(ROOT, "prisma/schema.prisma"),
  migrations: path.join(ROOT, "prisma/migrations"),
  seed: path.join(ROOT, "prisma/seed/index.ts"),
  server: path.join(ROOT, "server.ts"),
};
