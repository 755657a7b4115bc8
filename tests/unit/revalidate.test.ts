import { expect, it, vi } from "vitest";
import { revalidateHere } from "@/lib/revalidate";

// Next's revalidatePath needs a running server; what matters here is which cached routes a change
// names (lib/public-areas.ts), in every language ([locale]).
const { revalidatePath } = vi.hoisted(() => ({ revalidatePath: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath }));

it("a change to hubs refreshes the cached map, the home page and /p2p (its hosts are hubs) along with the directory and the hub pages", () => {
  revalidatePath.mockClear();
  revalidateHere("hubs");
  expect(revalidatePath.mock.calls).toEqual([
    ["/[locale]/(site)/home", "layout"],
    ["/[locale]/(site)/map", "layout"],
    ["/[locale]/(site)/hubs", "layout"],
    ["/[locale]/(site)/p2p", "layout"],
  ]);
});

it("a change to P2P rounds or hosts refreshes /p2p only", () => {
  revalidatePath.mockClear();
  revalidateHere("p2p");
  expect(revalidatePath.mock.calls).toEqual([["/[locale]/(site)/p2p", "layout"]]);
});

it("a change to events refreshes the home page along with the events pages", () => {
  revalidatePath.mockClear();
  revalidateHere("events");
  expect(revalidatePath.mock.calls).toEqual([
    ["/[locale]/(site)/home", "layout"],
    ["/[locale]/(site)/events", "layout"],
  ]);
});

it("an article published, changed or taken down refreshes the home page, its hubs' pages, /p2p (its stories) and the news pages", () => {
  revalidatePath.mockClear();
  revalidateHere("stories");
  expect(revalidatePath.mock.calls).toEqual([
    ["/[locale]/(site)/home", "layout"],
    ["/[locale]/(site)/hubs", "layout"],
    ["/[locale]/(site)/p2p", "layout"],
    ["/[locale]/(site)/news", "layout"],
  ]);
});
