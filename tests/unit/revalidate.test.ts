import { expect, it, vi } from "vitest";
import { revalidateHere } from "@/lib/revalidate";

// Next's revalidatePath needs a running server; what matters here is which cached routes a change names.
const { revalidatePath } = vi.hoisted(() => ({ revalidatePath: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath }));

it("a change to hubs refreshes the cached map along with the directory and the hub pages", () => {
  revalidateHere("hubs");
  expect(revalidatePath.mock.calls).toEqual([
    ["/(site)/hubs", "layout"],
    ["/(site)/map", "layout"],
  ]);
});
