import { describe, expect, it } from "vitest";
import { areaFromMessage, INSTANCE_ID, JOB_SENDER } from "@/lib/revalidate-channel";

describe("areaFromMessage", () => {
  it("names the area another instance changed", () => {
    expect(areaFromMessage("another-instance:hubs")).toBe("hubs");
    expect(areaFromMessage("another-instance:events")).toBe("events");
  });

  it("applies a scheduled job's change on every instance, the one that ran the job included", () => {
    expect(areaFromMessage(`${JOB_SENDER}:events`)).toBe("events");
  });

  it("skips this instance's own messages, and anything it cannot read", () => {
    expect(areaFromMessage(`${INSTANCE_ID}:hubs`)).toBeNull();
    for (const payload of [undefined, "", "hubs", "x:", "x:news", "x:hubs:extra"]) expect(areaFromMessage(payload), String(payload)).toBeNull();
  });
});
