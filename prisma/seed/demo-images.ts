// Pictures for the demo P2P reports and stories: drawn here as shapes (no photograph of a real
// place or person) and stored through lib/storage like an upload, under fixed keys, so a second
// run finds them and writes nothing. The alt text says what the drawing shows.
import sharp from "sharp";
import { fileStorage } from "@/lib/storage";

type DemoImage = { key: string; alt: string; svg: string };

const WIDTH = 1200;
const HEIGHT = 675;

/** Blue-and-white tiles on the left, printed posters on the right: the Kyiv printers' stay in the Lisbon tile workshop. */
function tilesAndPosters(): string {
  const tiles: string[] = [];
  for (let row = 0; row < 6; row++) {
    for (let col = 0; col < 5; col++) {
      const x = 60 + col * 100;
      const y = 45 + row * 100;
      tiles.push(
        `<rect x="${x}" y="${y}" width="96" height="96" fill="#f4f1ea"/>`,
        `<circle cx="${x + 48}" cy="${y + 48}" r="30" fill="none" stroke="#1f4e8c" stroke-width="8"/>`,
        `<path d="M${x} ${y + 48} L${x + 48} ${y} L${x + 96} ${y + 48} L${x + 48} ${y + 96} Z" fill="none" stroke="#2f6db5" stroke-width="4"/>`,
      );
    }
  }
  const posters = [0, 1, 2]
    .map((i) => {
      const x = 640 + i * 170;
      const y = 110 + i * 40;
      return [
        `<rect x="${x}" y="${y}" width="200" height="300" fill="#fbf8f2" stroke="#222" stroke-width="3" transform="rotate(${i * 4 - 4} ${x + 100} ${y + 150})"/>`,
        `<rect x="${x + 25}" y="${y + 30}" width="150" height="90" fill="${i === 1 ? "#1f4e8c" : "#c8322d"}" transform="rotate(${i * 4 - 4} ${x + 100} ${y + 150})"/>`,
        `<rect x="${x + 25}" y="${y + 150}" width="150" height="14" fill="#222" transform="rotate(${i * 4 - 4} ${x + 100} ${y + 150})"/>`,
        `<rect x="${x + 25}" y="${y + 180}" width="110" height="14" fill="#222" transform="rotate(${i * 4 - 4} ${x + 100} ${y + 150})"/>`,
      ].join("");
    })
    .join("");
  return `<rect width="${WIDTH}" height="${HEIGHT}" fill="#d9d2c3"/>${tiles.join("")}${posters}`;
}

/** A film strip across a sheet of letterpress type blocks: the Tbilisi media lab at the Kyiv print studio. */
function filmAndType(): string {
  const blocks: string[] = [];
  for (let row = 0; row < 5; row++) {
    for (let col = 0; col < 11; col++) {
      const shade = (row * 11 + col) % 3 === 0 ? "#8a5a2b" : "#a8743f";
      blocks.push(`<rect x="${40 + col * 104}" y="${40 + row * 124}" width="96" height="112" rx="6" fill="${shade}"/>`);
    }
  }
  const frames = Array.from({ length: 7 }, (_, i) => `<rect x="${60 + i * 160}" y="290" width="130" height="90" fill="#5d7f99"/>`).join("");
  const holes = Array.from({ length: 28 }, (_, i) => `<rect x="${30 + i * 41}" y="262" width="20" height="14" fill="#f4f1ea"/><rect x="${30 + i * 41}" y="394" width="20" height="14" fill="#f4f1ea"/>`).join("");
  return `<rect width="${WIDTH}" height="${HEIGHT}" fill="#3b2a1c"/>${blocks.join("")}<rect x="0" y="250" width="${WIDTH}" height="170" fill="#1c1c1c"/>${frames}${holes}`;
}

export const DEMO_IMAGES = {
  tilesAndPosters: {
    key: "p2p/demo-tiles-and-posters.webp",
    alt: "Drawing for the demo: blue and white tiles on the left, three printed posters in red, blue and black on the right.",
    svg: tilesAndPosters(),
  },
  filmAndType: {
    key: "p2p/demo-film-and-type.webp",
    alt: "Drawing for the demo: a strip of film frames across rows of wooden letterpress blocks.",
    svg: filmAndType(),
  },
} as const satisfies Record<string, DemoImage>;

/** Stores the demo pictures that are not stored yet; returns nothing, the keys are fixed. */
export async function storeDemoImages() {
  const storage = fileStorage();
  for (const image of Object.values(DEMO_IMAGES)) {
    if (await storage.get(image.key)) continue;
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${HEIGHT}" viewBox="0 0 ${WIDTH} ${HEIGHT}">${image.svg}</svg>`;
    const bytes = await sharp(Buffer.from(svg)).webp({ quality: 82 }).toBuffer();
    await storage.put(image.key, bytes, "image/webp");
  }
}
