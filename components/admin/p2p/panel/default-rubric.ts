// A rubric staff can start from when a round has none: four criteria in the way EU culture
// calls score (each on 0–5, weighted), worded for a P2P exchange. Staff change it freely until
// the first review is submitted. Staff copy, so in English.
import type { CriterionInput } from "@/lib/p2p/panel/rubric-fields";

const LABELS = ["Not addressed", "Poor", "Fair", "Good", "Very good", "Excellent"];

export const DEFAULT_RUBRIC: readonly CriterionInput[] = [
  {
    name: "Relevance",
    description: "How well the exchange fits the scheme's purpose: hub staff learning from another creative hub, or starting a project together.",
    weight: 2,
    labels: LABELS,
  },
  {
    name: "Quality of the plan",
    description: "Whether the days are planned, realistic for the stay, and agreed with the host.",
    weight: 1,
    labels: LABELS,
  },
  {
    name: "Impact and sharing",
    description: "What the visiting hub and its community will do with what they learn, and how it will be shared beyond the two hubs.",
    weight: 1,
    labels: LABELS,
  },
  {
    name: "Value for both hubs",
    description: "What each hub gains: an exchange both sides have reasons to take part in.",
    weight: 1,
    labels: LABELS,
  },
];
