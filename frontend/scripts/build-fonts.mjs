// Subsets the web fonts and writes wwwroot/lib/kern/fonts/*.woff2 plus
// wwwroot/lib/kern/fonts.css.
//
// Fira Sans (from @kern-ux/native): only the weights KERN's compiled CSS uses
// (400 regular, 500 medium, 600 semibold; see README), split per script so a
// browser only downloads what a page's text needs:
//   latin     Basic Latin, Latin-1, punctuation, euro sign
//   latin-ext Latin Extended-A (Turkish, Polish, ...), Romanian, Azerbaijani
//   cyrillic  Russian, Ukrainian
//
// Noto Sans Arabic (Debian package fonts-noto-core, not on npm): Arabic incl.
// Persian letters, regular + bold. When the TTF files are not installed the
// step is skipped and the committed woff2 files are left as they are.
import { access, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import subsetFont from "subset-font";
import { kernPackageDir, fontsOutDir, outDir, ensureDir, relFromRepo, isMain } from "./paths.mjs";

const NOTO_DIR = process.env.NOTO_FONT_DIR || "/usr/share/fonts/truetype/noto";

// [start, end] code point ranges (inclusive). The same lists produce the
// subset and the unicode-range descriptor, so they cannot drift apart.
const RANGES = {
  // U+200C-200F (ZWNJ, ZWJ, LRM, RLM) and U+FEFF are left to the Arabic face:
  // Persian needs ZWNJ to be shaped by the same font as the letters around it.
  latin: [
    [0x0000, 0x00ff], [0x0131, 0x0131], [0x0152, 0x0153], [0x02bb, 0x02bc],
    [0x02c6, 0x02c6], [0x02da, 0x02da], [0x02dc, 0x02dc], [0x0304, 0x0304],
    [0x0308, 0x0308], [0x0329, 0x0329], [0x1e9e, 0x1e9e], [0x2000, 0x200b],
    [0x2010, 0x206f], [0x20ac, 0x20ac], [0x2122, 0x2122], [0x2191, 0x2191],
    [0x2193, 0x2193], [0x2212, 0x2212], [0x2215, 0x2215], [0xfffd, 0xfffd],
  ],
  "latin-ext": [
    [0x0100, 0x0130], [0x0132, 0x0151], [0x0154, 0x017f], [0x0218, 0x021b],
    [0x0259, 0x0259], [0x20ba, 0x20ba],
  ],
  cyrillic: [
    [0x0400, 0x045f], [0x0490, 0x0491], [0x20b4, 0x20b4], [0x20bd, 0x20bd],
    [0x2116, 0x2116],
  ],
  arabic: [
    [0x0600, 0x06ff], [0x0750, 0x077f], [0x200c, 0x200f], [0xfb50, 0xfdff],
    [0xfe70, 0xfeff],
  ],
};

const FIRA_WEIGHTS = [
  { weight: 400, file: "FiraSans-Regular.woff2", slug: "regular" },
  { weight: 500, file: "FiraSans-Medium.woff2", slug: "medium" },
  { weight: 600, file: "FiraSans-SemiBold.woff2", slug: "semibold" },
];
const FIRA_SUBSETS = ["latin", "latin-ext", "cyrillic"];

const NOTO_WEIGHTS = [
  { weight: 400, file: "NotoSansArabic-Regular.ttf", slug: "regular" },
  { weight: 700, file: "NotoSansArabic-Bold.ttf", slug: "bold" },
];

const hex = (cp) => cp.toString(16).toUpperCase().padStart(4, "0");

function unicodeRange(ranges) {
  return ranges.map(([a, b]) => (a === b ? `U+${hex(a)}` : `U+${hex(a)}-${hex(b)}`)).join(", ");
}

function textFor(ranges) {
  let text = "";
  for (const [a, b] of ranges) {
    for (let cp = a; cp <= b; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      text += String.fromCodePoint(cp);
    }
  }
  return text;
}

async function subset(sourceFile, ranges) {
  const input = await readFile(sourceFile);
  return subsetFont(input, textFor(ranges), {
    targetFormat: "woff2",
    // Hinting instructions are ignored on phones and on high-density screens;
    // dropping them makes the files about a third smaller.
    noHinting: true,
  });
}

const exists = (file) => access(file).then(() => true, () => false);

function fontFace({ family, file, weight, ranges }) {
  return [
    "@font-face {",
    `  font-family: "${family}";`,
    "  font-style: normal;",
    `  font-weight: ${weight};`,
    "  font-display: swap;",
    `  src: url("fonts/${file}") format("woff2");`,
    `  unicode-range: ${unicodeRange(ranges)};`,
    "}",
  ].join("\n");
}

export async function buildFonts() {
  await ensureDir(fontsOutDir);
  const faces = [];
  const firaDir = path.join(kernPackageDir, "dist", "fonts", "fira-sans");

  for (const { weight, file, slug } of FIRA_WEIGHTS) {
    for (const subsetName of FIRA_SUBSETS) {
      const outName = `fira-sans-${slug}-${subsetName}.woff2`;
      const data = await subset(path.join(firaDir, file), RANGES[subsetName]);
      await writeFile(path.join(fontsOutDir, outName), data);
      console.log(`fonts: ${outName} (${data.length} B)`);
      faces.push(fontFace({ family: "Fira Sans", file: outName, weight, ranges: RANGES[subsetName] }));
    }
  }

  for (const { weight, file, slug } of NOTO_WEIGHTS) {
    const outName = `noto-sans-arabic-${slug}.woff2`;
    const outFile = path.join(fontsOutDir, outName);
    const source = path.join(NOTO_DIR, file);
    if (await exists(source)) {
      const data = await subset(source, RANGES.arabic);
      await writeFile(outFile, data);
      console.log(`fonts: ${outName} (${data.length} B)`);
    } else if (await exists(outFile)) {
      console.warn(
        `fonts: SKIPPED ${outName}: ${source} not found (install the Debian package fonts-noto-core` +
          ` to regenerate it). Keeping the committed ${relFromRepo(outFile)}.`
      );
    } else {
      throw new Error(
        `fonts: ${source} not found and no committed ${relFromRepo(outFile)} to fall back on.` +
          " Install the Debian package fonts-noto-core (apt-get install fonts-noto-core)."
      );
    }
    faces.push(fontFace({ family: "Noto Sans Arabic", file: outName, weight, ranges: RANGES.arabic }));
  }

  const css =
    "/* Self-hosted web fonts for KERN UX. Generated by frontend/scripts/build-fonts.mjs; do not edit.\n" +
    " * Fira Sans: SIL OFL 1.1, see OFL-FiraSans.txt. Noto Sans Arabic: SIL OFL 1.1, see OFL-NotoSansArabic.txt.\n" +
    " * The family stack is set once in kern.css: --kern-typography-font-family-default. */\n" +
    faces.join("\n") +
    "\n";
  await writeFile(path.join(outDir, "fonts.css"), css);
  console.log(`fonts: wrote fonts.css (${faces.length} @font-face rules)`);
}

if (isMain(import.meta.url)) {
  await buildFonts();
}
