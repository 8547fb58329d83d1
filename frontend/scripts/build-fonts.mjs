// Subsets the web fonts and writes wwwroot/lib/kern/fonts/*.woff2 plus
// wwwroot/lib/kern/fonts.css.
//
// Fira Sans (from @kern-ux/native): regular (400) and semibold (600) only;
// build-css.mjs maps KERN's medium (500) to semibold. Each weight is split per
// script so a browser only downloads what a page's text needs:
//   latin     Basic Latin, Latin-1, punctuation, euro sign
//   latin-ext Latin Extended-A (Turkish, Polish, ...), Romanian, Azerbaijani
//   cyrillic  Russian, Ukrainian
//
// Noto Sans Arabic (Debian package fonts-noto-core, not on npm): the letters,
// marks, digits and punctuation of Arabic and Persian, regular + bold. When
// the TTF files are not installed the step is skipped and the committed woff2
// files are left as they are.
//
// "Language Names": the few glyphs of the language switcher's foreign-script
// labels (see LANGUAGE_NAMES), so that a German page showing "العربية" does not
// download the whole Arabic font.
//
// Only the OpenType features a browser applies by default are kept (kerning,
// ligatures, contextual forms, marks, Arabic joining). Fira's stylistic sets,
// small figures and alternates are never requested by the site's CSS and were
// about 40 % of each file.
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
  // Arabic and Persian: comma, semicolon, question mark, hamza to the marks
  // (incl. tatweel), Arabic-Indic digits and percent/decimal signs, superscript
  // alef, the Persian letters (peh, tcheh, jeh, keheh, gaf, Farsi yeh, heh with
  // yeh above) and Persian digits. Urdu, Sindhi, Quranic marks and the
  // presentation-form blocks are left to the system font: modern text is
  // written with the base letters, and shaping builds the joined forms from
  // them. ZWNJ/ZWJ/LRM/RLM belong here because Persian needs ZWNJ shaped by
  // the same font as the letters around it.
  arabic: [
    [0x060c, 0x060c], [0x061b, 0x061b], [0x061f, 0x061f], [0x0621, 0x0655],
    [0x0660, 0x066d], [0x0670, 0x0670], [0x067e, 0x067e], [0x0686, 0x0686],
    [0x0698, 0x0698], [0x06a9, 0x06a9], [0x06af, 0x06af], [0x06c0, 0x06c0],
    [0x06cc, 0x06cc], [0x06f0, 0x06f9], [0x200c, 0x200f],
  ],
};

// The language switcher shows every language in its own script on every page.
// These labels get their own tiny font family ("Language Names", used by
// css/site.css on left-to-right pages), so the Arabic or Cyrillic text files
// are only fetched by pages written in those scripts. Add a language's own
// name here when the site gets a language in another script (the browser test
// that counts a German page's transfer fails if a glyph is missing).
const LANGUAGE_NAMES = ["العربية", "فارسی", "Русский", "русский", "Українська", "українська"];

// Features the browser applies without being asked (CSS font-variant normal).
const DEFAULT_FEATURES = ["ccmp", "locl", "mark", "mkmk", "kern", "liga", "clig", "calt", "rlig", "rclt"];
const ARABIC_FEATURES = [...DEFAULT_FEATURES, "isol", "init", "medi", "med2", "fina", "fin2", "fin3", "curs", "mset"];

const FIRA_WEIGHTS = [
  { weight: 400, file: "FiraSans-Regular.woff2", slug: "regular" },
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

async function subset(sourceFile, text, keepFeatures) {
  const input = await readFile(sourceFile);
  return subsetFont(input, text, {
    keepFeatures,
    targetFormat: "woff2",
    // Hinting instructions are ignored on phones and on high-density screens;
    // dropping them makes the files about a third smaller.
    noHinting: true,
  });
}

const exists = (file) => access(file).then(() => true, () => false);

/** Code points of `text` as [start, end] ranges, consecutive ones merged. */
function rangesOf(text) {
  const ranges = [];
  for (const cp of [...new Set([...text].map((ch) => ch.codePointAt(0)))].sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    if (last && last[1] === cp - 1) last[1] = cp;
    else ranges.push([cp, cp]);
  }
  return ranges;
}

async function writeNotoSubset(outName, sourceName, text) {
  const outFile = path.join(fontsOutDir, outName);
  const source = path.join(NOTO_DIR, sourceName);
  if (await exists(source)) {
    const data = await subset(source, text, ARABIC_FEATURES);
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
}

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
      const data = await subset(path.join(firaDir, file), textFor(RANGES[subsetName]), DEFAULT_FEATURES);
      await writeFile(path.join(fontsOutDir, outName), data);
      console.log(`fonts: ${outName} (${data.length} B)`);
      faces.push(fontFace({ family: "Fira Sans", file: outName, weight, ranges: RANGES[subsetName] }));
    }
  }

  for (const { weight, file, slug } of NOTO_WEIGHTS) {
    const outName = `noto-sans-arabic-${slug}.woff2`;
    await writeNotoSubset(outName, file, textFor(RANGES.arabic));
    faces.push(fontFace({ family: "Noto Sans Arabic", file: outName, weight, ranges: RANGES.arabic }));
  }

  // Language names: Arabic-script glyphs from Noto Sans Arabic, the rest from
  // Fira Sans, both regular (the current language's label is the one in bold,
  // and that page loads its script's full face anyway).
  const nameChars = [...new Set([...LANGUAGE_NAMES.join("")])].sort();
  const inArabic = (ch) => RANGES.arabic.some(([a, b]) => ch.codePointAt(0) >= a && ch.codePointAt(0) <= b);
  const arabicNames = nameChars.filter(inArabic).join("");
  const otherNames = nameChars.filter((ch) => !inArabic(ch)).join("");
  await writeNotoSubset("language-names-arabic.woff2", NOTO_WEIGHTS[0].file, arabicNames);
  faces.push(fontFace({ family: "Language Names", file: "language-names-arabic.woff2", weight: 400, ranges: rangesOf(arabicNames) }));
  const other = await subset(path.join(firaDir, FIRA_WEIGHTS[0].file), otherNames, DEFAULT_FEATURES);
  await writeFile(path.join(fontsOutDir, "language-names-other.woff2"), other);
  console.log(`fonts: language-names-other.woff2 (${other.length} B)`);
  faces.push(fontFace({ family: "Language Names", file: "language-names-other.woff2", weight: 400, ranges: rangesOf(otherNames) }));

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
