import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";

// lib/ is the domain: it returns data and codes, and never imports React components (the
// components render what lib/ returns). A client component imports no zod schema file, so
// that zod (and its eval probe, which the public pages' policy refuses) stays on the server.

function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === "generated") return [];
    return statSync(path).isDirectory() ? files(path, pattern) : pattern.test(name) ? [path] : [];
  });
}

it("lib/ never imports components/", () => {
  expect(files("lib", /\.(ts|tsx)$/).filter((path) => /from "@\/components\//.test(readFileSync(path, "utf8")))).toEqual([]);
});

it("client components, the staff pages' too, import no schema file (zod stays on the server)", () => {
  const client = files("components", /\.tsx?$/).filter((path) => /^"use client"/.test(readFileSync(path, "utf8")));
  const importing = client.filter((path) => /from "@\/lib\/[^"]*schema"|from "zod"/.test(readFileSync(path, "utf8").replace(/import type [^;]+;/g, "")));
  expect(importing).toEqual([]);
});
