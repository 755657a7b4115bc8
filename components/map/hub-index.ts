// The clustered index of the map's hubs. Building it for 5,000 hubs (decoding the map data,
// slugs, sorting, Supercluster's trees for every zoom) blocks a phone's main thread for half a
// second, so hub-index.worker.ts builds it and sends it over as plain arrays, which the page
// turns back into a working index at the cost of a copy.
import KDBush from "kdbush";
import Supercluster from "supercluster";
import { toHubPoints, type HubPoint } from "@/components/map/hub-points";
import type { HubPointCollection } from "@/lib/hubs/map-data";

export const CLUSTER_RADIUS = 60;
export const CLUSTER_MAX_ZOOM = 16;

export type HubIndex = Supercluster<{ i: number }>;
export type HubMapData = { points: HubPoint[]; index: HubIndex };

const OPTIONS = { radius: CLUSTER_RADIUS, maxZoom: CLUSTER_MAX_ZOOM } as const;

/** The hubs in the list's order, and their clusters; a cluster's leaf `i` is the hub's place in `points`. */
export function buildHubMapData(data: HubPointCollection): HubMapData {
  const points = toHubPoints(data);
  const index = new Supercluster<{ i: number }>(OPTIONS);
  index.load(points.map((p, i) => ({ type: "Feature", geometry: { type: "Point", coordinates: [p.lng, p.lat] }, properties: { i } })));
  return { points, index };
}

// What Supercluster 9.1 keeps once loaded (its own fields, not a public interface: the
// version is pinned, and tests/unit/hub-index.test.ts checks that a copy answers as the
// original does). Each zoom's tree is a KDBush, whose whole state is one ArrayBuffer, with
// Supercluster's cluster data beside it.
type Internals = {
  trees: ({ data: Int32Array; coords: { buffer: ArrayBuffer } } | undefined)[];
  numPoints: number;
  props: unknown[];
  coords: Float64Array;
  ids: unknown[] | null;
  clusterProps: unknown[];
};
export type PackedHubIndex = {
  trees: ({ kdbush: ArrayBuffer; data: Int32Array } | null)[];
  numPoints: number;
  props: unknown[];
  coords: Float64Array;
  ids: unknown[] | null;
  clusterProps: unknown[];
};

/** The index as data that postMessage can copy. */
export function packHubIndex(index: HubIndex): PackedHubIndex {
  const own = index as unknown as Internals;
  return {
    trees: own.trees.map((tree) => (tree ? { kdbush: tree.coords.buffer, data: tree.data } : null)),
    numPoints: own.numPoints,
    props: own.props,
    coords: own.coords,
    ids: own.ids,
    clusterProps: own.clusterProps,
  };
}

/** The index again, from what packHubIndex made. */
export function unpackHubIndex(packed: PackedHubIndex): HubIndex {
  const index = new Supercluster<{ i: number }>(OPTIONS);
  const trees = packed.trees.map((tree) => {
    if (!tree) return undefined;
    // Supercluster keeps its cluster data on each tree, in place of the tree's own buffer.
    return Object.assign(KDBush.from(tree.kdbush), { data: tree.data });
  });
  Object.assign(index, { trees, numPoints: packed.numPoints, props: packed.props, coords: packed.coords, ids: packed.ids, clusterProps: packed.clusterProps });
  return index;
}
