// Builds the map's index off the page's main thread (see hub-index.ts): it takes the map
// data's bytes and answers with the hubs and the packed index, or { failed: true }.
import { buildHubMapData, packHubIndex } from "@/components/map/hub-index";

self.onmessage = (event: MessageEvent<ArrayBuffer>) => {
  try {
    const { points, index } = buildHubMapData(JSON.parse(new TextDecoder().decode(event.data)));
    self.postMessage({ points, index: packHubIndex(index) });
  } catch {
    self.postMessage({ failed: true });
  }
};
