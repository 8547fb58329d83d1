// Sanity checks on the generated files in wwwroot/lib/kern (run by `npm run build`):
//   - no url(...) or @import in any CSS file points to another host
//     (only data: URIs and relative paths are allowed; no "http(s)://" at all),
//   - every font file referenced by fonts.css exists,
//   - every font weight kern.css can ask for has an @font-face,
//   - the icon classes are exactly the selected ones,
//   - every kern-* class the views and C# code name is defined in kern.css,
//     so leaving a KERN partial out of the build cannot silently unstyle a page.
import { readFile, readdir, access } from "node:fs/promises";
import path from "node:path";
import postcss from "postcss";
import { outDir, repoDir, relFromRepo, isMain } from "./paths.mjs";

const webDir = path.join(repoDir, "src", "Oldenburg.Integration.Web");

/** kern-* class names in .cshtml/.cs files; a name ending in "-" is a prefix completed at run time. */
async function classesNamedInCode() {
  const names = new Map();
  const files = (await readdir(webDir, { recursive: true })).filter(
    (f) => /\.(cshtml|cs)$/.test(f) && !/^(bin|obj|wwwroot)[\\/]/.test(f)
  );
  for (const file of files) {
    const text = await readFile(path.join(webDir, file), "utf8");
    // <kern-field> is a tag helper (element name), not a class.
    for (const m of text.matchAll(/(?<![<\w/-]|HtmlTargetElement\(")kern-[a-z0-9_-]+/g)) {
      if (!names.has(m[0])) names.set(m[0], file);
    }
  }
  return names;
}

const failures = [];
const fail = (msg) => failures.push(msg);

function checkUrls(file, css) {
  // Stricter than needed and easy to repeat by hand: `grep -c "https\?://" *.css`
  // must find nothing (comments included).
  if (/https?:\/\//.test(css)) fail(`${file}: contains an http(s):// address`);
  const root = postcss.parse(css);
  root.walkAtRules("import", (rule) => fail(`${file}: @import is not allowed (${rule.params})`));
  const check = (where, value) => {
    for (const m of value.matchAll(/url\(\s*(['"]?)(.*?)\1\s*\)/g)) {
      const target = m[2];
      if (target.startsWith("data:")) continue; // inline SVG icons (their xmlns is a name, not a request)
      if (/^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith("//")) {
        fail(`${file}: ${where} points to another host: ${target}`);
      }
    }
  };
  root.walkDecls((decl) => check(decl.prop, decl.value));
  root.walkAtRules((rule) => check(`@${rule.name}`, rule.params));
}

export async function checkOutput() {
  const cssFiles = (await readdir(outDir)).filter((f) => f.endsWith(".css")).sort();
  const sources = {};
  for (const f of cssFiles) {
    sources[f] = await readFile(path.join(outDir, f), "utf8");
    checkUrls(f, sources[f]);
  }

  // Fonts referenced by fonts.css exist; collect the declared weights.
  const declared = { "Fira Sans": new Set(), "Noto Sans Arabic": new Set() };
  postcss.parse(sources["fonts.css"]).walkAtRules("font-face", (rule) => {
    let family, weight, src;
    rule.walkDecls((d) => {
      if (d.prop === "font-family") family = d.value.replace(/["']/g, "");
      if (d.prop === "font-weight") weight = Number(d.value);
      if (d.prop === "src") src = d.value;
    });
    declared[family]?.add(weight);
    for (const m of src.matchAll(/url\("([^"]+)"\)/g)) {
      const file = path.join(outDir, m[1]);
      failures.push(
        access(file).then(
          () => null,
          () => `fonts.css: missing ${relFromRepo(file)}`
        )
      );
    }
  });

  // Weights kern.css uses: literal numbers, var() fallbacks and weight tokens.
  const used = new Set();
  const kern = sources["kern.css"];
  for (const m of kern.matchAll(/font-weight:\s*(?:var\([^,)]+,\s*)?(\d{3})/g)) used.add(Number(m[1]));
  for (const m of kern.matchAll(/--kern-typography-font-weight-[\w-]+:\s*(\d{3})/g)) used.add(Number(m[1]));
  for (const w of [...used].sort()) {
    if (!declared["Fira Sans"].has(w)) fail(`kern.css uses font-weight ${w}, fonts.css has no Fira Sans face for it`);
  }

  const icons = [...new Set([...kern.matchAll(/\.kern-icon--([\w-]+)/g)].map((m) => m[1]))]
    .filter((n) => !["small", "default", "large", "x-large"].includes(n))
    .sort();

  const defined = new Set([...kern.matchAll(/\.(kern-[\w-]+)/g)].map((m) => m[1]));
  for (const [name, file] of await classesNamedInCode()) {
    const found = name.endsWith("-") ? [...defined].some((d) => d.startsWith(name)) : defined.has(name);
    if (!found) fail(`${relFromRepo(path.join(webDir, file))} uses class ${name}, which kern.css does not define`);
  }

  const resolved = (await Promise.all(failures.map((f) => Promise.resolve(f)))).filter(Boolean);
  if (resolved.length) {
    for (const f of resolved) console.error(`check: FAIL ${f}`);
    process.exitCode = 1;
    throw new Error(`check: ${resolved.length} problem(s) in ${relFromRepo(outDir)}`);
  }
  console.log(
    `check: ok (${cssFiles.join(", ")}; no external URLs; font weights ${[...used].sort().join("/")} covered; ` +
      `${icons.length} icons)`
  );
}

if (isMain(import.meta.url)) {
  await checkOutput();
}
