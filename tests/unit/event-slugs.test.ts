import { describe, expect, it } from "vitest";
import { eventSlugCandidates } from "@/lib/events/commands";

describe("eventSlugCandidates", () => {
  it("follows the title, then numbers the clashes", () => {
    expect(eventSlugCandidates("Telling your hub's story", 3)).toEqual(["telling-your-hub-s-story", "telling-your-hub-s-story-2", "telling-your-hub-s-story-3"]);
  });

  it("never takes the addresses of the cached list pages or the feeds", () => {
    expect(eventSlugCandidates("All", 2)).toEqual(["all-event", "all-event-2"]);
    expect(eventSlugCandidates("Calendar", 1)).toEqual(["calendar-event"]);
    expect(eventSlugCandidates("Calendar of hubs", 1)).toEqual(["calendar-of-hubs"]);
  });
});
