// Staff's panel forms and tables: the rubric form read as rows (a removed row leaves a gap, a
// blank row is dropped, each error beside its field), the suggested rubric passes its own
// schema, and the assignments table says where each reviewer stands.
import { createElement } from "react";
import { describe, expect, it } from "vitest";
import { AssignmentTable } from "@/components/admin/p2p/panel/assignment-table";
import { ConflictList } from "@/components/admin/p2p/panel/conflict-list";
import { DEFAULT_RUBRIC } from "@/components/admin/p2p/panel/default-rubric";
import { RubricForm } from "@/components/admin/p2p/panel/rubric-form";
import { rubricFormValues, rubricRows } from "@/lib/p2p/panel/rubric-fields";
import { addPanelistSchema, reviewsNeededSchema, rubricSchema } from "@/lib/p2p/panel/schema";
import { renderIn, textOf } from "@/tests/support/intl";

const LABELS = ["None", "Poor", "Fair", "Good", "Very good", "Excellent"];
const row = (n: number, c: { name: string; description?: string; weight: string; labels?: string[] }) => ({
  [`criterion-${n}-name`]: c.name,
  [`criterion-${n}-description`]: c.description ?? "",
  [`criterion-${n}-weight`]: c.weight,
  ...Object.fromEntries((c.labels ?? LABELS).map((l, v) => [`criterion-${n}-label-${v}`, l])),
});
const issuesOf = (input: unknown) => {
  const parsed = rubricSchema.safeParse(input);
  return parsed.success ? {} : Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message]));
};

describe("the rubric form's schema", () => {
  it("reads rows in the order of their numbers, gaps and blank rows dropped, text trimmed", () => {
    const parsed = rubricSchema.parse({ roundId: "r1", ...row(4, { name: " Sharing ", weight: "1" }), ...row(0, { name: "Relevance", weight: "2", description: "Fits the scheme." }), ...row(2, { name: "", weight: "", labels: ["", "", "", "", "", ""] }) });
    expect(parsed).toEqual({
      roundId: "r1",
      criteria: [
        { name: "Relevance", description: "Fits the scheme.", weight: 2, labels: LABELS },
        { name: "Sharing", description: "", weight: 1, labels: LABELS },
      ],
    });
  });

  it("puts each complaint beside its field, and a rubric with no criterion or too many at the top", () => {
    expect(issuesOf({ roundId: "r1", ...row(0, { name: "R", weight: "0", labels: ["None", "", "Fair", "Good", "Very good", "x".repeat(81)] }) })).toEqual({
      "criterion-0-name": "staff.p2p.panel.errors.criterionName",
      "criterion-0-weight": "staff.p2p.panel.errors.weight",
      "criterion-0-label-1": "staff.p2p.panel.errors.labelMissing",
      "criterion-0-label-5": "staff.p2p.panel.errors.labelTooLong",
    });
    expect(issuesOf({ roundId: "r1", ...row(0, { name: "Relevance", weight: "1.5" }) })).toEqual({ "criterion-0-weight": "staff.p2p.panel.errors.weight" });
    expect(issuesOf({ roundId: "r1" })).toEqual({ form: "staff.p2p.panel.errors.noCriteria" });
    const eleven = Object.assign({ roundId: "r1" }, ...Array.from({ length: 11 }, (_, n) => row(n, { name: `Criterion ${n}`, weight: "1" })));
    expect(issuesOf(eleven)).toEqual({ form: "staff.p2p.panel.errors.tooManyCriteria" });
  });

  it("takes back the values it gives the form, and the suggested rubric passes", () => {
    const values = rubricFormValues(DEFAULT_RUBRIC);
    expect(rubricRows(values)).toEqual([0, 1, 2, 3]);
    expect(rubricSchema.parse({ roundId: "r1", ...values }).criteria).toEqual(DEFAULT_RUBRIC);
  });

  it("takes 1 to 10 reviews per application and a lower-cased email address", () => {
    expect(reviewsNeededSchema.parse({ roundId: "r1", reviewsNeeded: "3" }).reviewsNeeded).toBe(3);
    for (const bad of ["0", "11", "2.5", "two", ""]) expect(reviewsNeededSchema.safeParse({ roundId: "r1", reviewsNeeded: bad }).success).toBe(false);
    expect(addPanelistSchema.parse({ roundId: "r1", email: " Ana@Example.ORG " }).email).toBe("ana@example.org");
    expect(addPanelistSchema.safeParse({ roundId: "r1", email: "not an address" }).error?.issues[0]?.message).toBe("staff.p2p.panel.errors.emailInvalid");
  });
});

describe("the panel's views", () => {
  it("renders the rubric form with a group of fields per criterion", async () => {
    const html = await renderIn("en-GB", createElement(RubricForm, { roundId: "r1", initial: { ok: false, values: rubricFormValues(DEFAULT_RUBRIC) } }));
    expect(html.match(/<legend[^>]*>Criterion \d<\/legend>/g)).toHaveLength(4);
    expect(html).toContain('value="Quality of the plan"');
    expect(textOf(html)).toContain("Remove criterion 4");
  });

  it("shows each reviewer's state, marks a short application, and offers only panelists free of conflict", async () => {
    const hub = { name: "Canal Studios", city: "Utrecht", countryCode: "NL" };
    const html = await renderIn(
      "en-GB",
      createElement(AssignmentTable, {
        roundId: "r1",
        page: 1,
        needed: 2,
        assigning: true,
        panel: [
          { userId: "u1", name: "Ana", email: "ana@test.invalid", role: "member", load: 1, reviewed: 1 },
          { userId: "u2", name: "Bo", email: "bo@test.invalid", role: "staff", load: 0, reviewed: 0 },
          { userId: "u3", name: "Cy", email: "cy@test.invalid", role: "member", load: 0, reviewed: 0 },
        ],
        applications: [
          {
            id: "a1",
            applicant: "Dana",
            visitingHub: hub,
            hostHub: { ...hub, name: "Porto Lab", city: "Porto", countryCode: "PT" },
            reviewers: [
              { assignmentId: "s1", reviewerId: "u1", name: "Ana", state: "reviewed", bySite: true },
              { assignmentId: "s2", reviewerId: "u2", name: "Bo", state: "conflict", bySite: true },
            ],
            eligible: ["u3"],
          },
        ],
      }),
    );
    const text = textOf(html);
    expect(text).toContain("1 of 2 reviewers: short");
    expect(text).toContain("Ana Reviewed");
    expect(text).toContain("Bo Conflict");
    expect(text).not.toContain("Take off");
    expect(html).toContain('value="u3"');
    expect(html).not.toContain('value="u2"');
  });

  it("lists a declared conflict with its reason and its replacement", async () => {
    const text = textOf(
      await renderIn(
        "en-GB",
        createElement(ConflictList, {
          conflicts: [{ id: "c1", reviewer: "Bo", reason: "I worked there last year.", declaredAt: new Date("2027-05-02T10:00:00Z"), application: { id: "a1", visitingHub: "Canal Studios", hostHub: "Porto Lab" }, replacements: [{ name: "Cy", bySite: true }] }],
        }),
      ),
    );
    expect(text).toContain("Bo on Canal Studios → Porto Lab , declared on 2 May 2027");
    expect(text).toContain("I worked there last year.");
    expect(text).toContain("Replaced by Cy (by the site).");
  });
});
