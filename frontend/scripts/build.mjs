// `npm run build`: regenerates everything in
// src/Oldenburg.Integration.Web/wwwroot/lib/kern from the pinned packages.
import { buildCss } from "./build-css.mjs";
import { buildFonts } from "./build-fonts.mjs";
import { buildLicenses } from "./build-licenses.mjs";
import { checkOutput } from "./check-output.mjs";

await buildCss();
await buildFonts();
await buildLicenses();
await checkOutput();
