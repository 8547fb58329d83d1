// Writes the licence files that must travel with the generated assets:
//   LICENSE-KERN-UX.md      EUPL-1.2 text shipped in @kern-ux/native
//   OFL-FiraSans.txt        SIL OFL 1.1 with the Fira Sans copyright notice
//   OFL-NotoSansArabic.txt  SIL OFL 1.1 with the Noto Sans Arabic copyright notice
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { frontendDir, kernPackageDir, outDir, ensureDir, isMain } from "./paths.mjs";

export async function buildLicenses() {
  await ensureDir(outDir);
  const licensesDir = path.join(frontendDir, "licenses");

  await writeFile(path.join(outDir, "LICENSE-KERN-UX.md"), await readFile(path.join(kernPackageDir, "LICENSE.md")));

  const body = await readFile(path.join(licensesDir, "OFL-1.1-body.txt"), "utf8");
  const fonts = JSON.parse(await readFile(path.join(licensesDir, "fonts.json"), "utf8"));
  for (const [fileName, { font, copyright }] of Object.entries(fonts)) {
    const text = `${copyright}\n\nFont: ${font}.\n\n${body}`;
    await writeFile(path.join(outDir, fileName), text);
  }
  console.log(`licenses: wrote LICENSE-KERN-UX.md, ${Object.keys(fonts).join(", ")}`);
}

if (isMain(import.meta.url)) {
  await buildLicenses();
}
