// robots.txt as two kinds of crawler read it: Python's urllib.robotparser takes the first rule
// that matches, Google (and robots-parser) the longest. Both must give the same answer.
import { execFileSync } from "node:child_process";
import robotsParser from "robots-parser";
import { describe, expect, it } from "vitest";
import { GET } from "@/app/robots.txt/route";
import { siteUrl } from "@/lib/site";

const PRIVATE = ["/admin", "/admin/hubs", "/account", "/account/hubs/x/edit", "/dev/outbox", "/api/auth/session", "/api/session", "/api/events/abc/application", "/api/internal/revalidate", "/api/places?q=gent"];
const PUBLIC = ["/", "/map", "/hubs", "/hubs/some-hub", "/hubs/export.csv", "/hubs/export.geojson?kind=lab", "/api/hubs/geojson", "/api/hubs/geojson?country=BE", "/api/map/outline", "/events", "/events/calendar.ics", "/embed/map", "/about", "/developers"];

// Python's reader, given the file on stdin and the paths as arguments; prints one 0/1 per path.
const PYTHON = `import sys, urllib.robotparser as r
p = r.RobotFileParser(); p.parse(sys.stdin.read().splitlines())
print(" ".join("1" if p.can_fetch("AnyBot", sys.argv[1] + path) else "0" for path in sys.argv[2:]))`;

function pythonAllows(text: string, paths: string[]): boolean[] {
  const out = execFileSync("python3", ["-c", PYTHON, siteUrl("/").replace(/\/$/, ""), ...paths], { input: text, encoding: "utf8" });
  return out.trim().split(" ").map((flag) => flag === "1");
}

describe("robots.txt", async () => {
  const response = GET();
  const text = await response.text();
  const google = robotsParser(siteUrl("/robots.txt"), text);
  const paths = [...PRIVATE, ...PUBLIC];
  const python = pythonAllows(text, paths);

  it("keeps crawlers out of staff, account, development and per-visitor pages for first-match and longest-match readers alike", () => {
    paths.forEach((path, i) => {
      const allowed = PUBLIC.includes(path);
      expect(python[i], `Python: ${path}`).toBe(allowed);
      expect(google.isAllowed(siteUrl(path), "AnyBot"), `longest match: ${path}`).toBe(allowed);
    });
  });

  it("lists every Disallow before any Allow and links the sitemap", () => {
    const lines = text.split("\n");
    const firstAllow = lines.findIndex((line) => /^allow:/i.test(line));
    const lastDisallow = lines.findLastIndex((line) => /^disallow:/i.test(line));
    expect(firstAllow === -1 || firstAllow > lastDisallow).toBe(true);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(google.getSitemaps()).toEqual([siteUrl("/sitemap.xml")]);
  });
});
