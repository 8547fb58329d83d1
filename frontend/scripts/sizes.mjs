// `npm run sizes`: raw and gzip (level 9) sizes of the generated files,
// compared with the complete dist/kern.min.css of @kern-ux/native.
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { outDir, fontsOutDir, kernPackageDir } from "./paths.mjs";

const rows = [];
const add = async (label, file) => {
  const data = await readFile(file);
  rows.push([label, data.length, gzipSync(data, { level: 9 }).length]);
};

await add("@kern-ux/native dist/kern.min.css (complete)", path.join(kernPackageDir, "dist", "kern.min.css"));
for (const f of ["kern.css", "kern.rtl.css", "fonts.css"]) await add(f, path.join(outDir, f));
for (const f of (await readdir(fontsOutDir)).sort()) await add(`fonts/${f}`, path.join(fontsOutDir, f));

const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log("file".padEnd(48), "raw".padStart(10), "gzip -9".padStart(10));
for (const [label, raw, gz] of rows) console.log(label.padEnd(48), kb(raw).padStart(10), kb(gz).padStart(10));
