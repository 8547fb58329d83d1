// Compiles scss/kern-site.scss (a selection of @kern-ux/native's SCSS
// partials) into wwwroot/lib/kern/kern.css and its right-to-left twin
// kern.rtl.css.
//
// Steps:
//   1. Dart Sass, compressed output.
//   2. PostCSS clean-up (plugins below):
//        - light theme only (KERN ships light + dark, switched by
//          prefers-color-scheme; the site is designed and tested in light),
//        - drop the per-breakpoint spacing utilities (kern-mt-md-lg ...),
//        - drop colour primitives (--kern-color-<palette>-<step>) that
//          nothing in the compiled CSS references,
//        - percent-encode the SVG namespace inside the icon data URIs,
//        - draw KERN's medium weight (500) with semibold (600), so that two
//          Fira Sans weights cover every text (see build-fonts.mjs).
//   3. rtlcss on the result -> kern.rtl.css.
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { createRequire } from "node:module";
import * as sass from "sass";
import postcss from "postcss";
import rtlcss from "rtlcss";
import { frontendDir, kernPackageDir, outDir, ensureDir, relFromFrontend, isMain } from "./paths.mjs";

const require = createRequire(import.meta.url);
const kernVersion = require("@kern-ux/native/package.json").version;

const entry = path.join(frontendDir, "scss", "kern-site.scss");

// --- 1. Sass ---------------------------------------------------------------
function compileScss() {
  const result = sass.compile(entry, {
    loadPaths: [path.join(kernPackageDir, "src", "scss")],
    style: "compressed",
    charset: false,
    sourceMap: false,
    // KERN 2.7.2 still uses the old if() function; that is KERN's business.
    silenceDeprecations: ["if-function"],
  });
  return result.css;
}

// --- 2. PostCSS clean-up ---------------------------------------------------
const DARK_SELECTORS = new Set(['[data-kern-theme=dark]', '[data-kern-theme="dark"]', ".kern-dark"]);
const LIGHT_SELECTORS = new Set(['[data-kern-theme=light]', '[data-kern-theme="light"]', ".kern-light"]);

/** Light theme only: unwrap the light media query, drop all dark token sets. */
const lightThemeOnly = () => ({
  postcssPlugin: "kern-light-theme-only",
  Once(root) {
    root.walkAtRules("media", (atRule) => {
      const params = atRule.params.replace(/\s+/g, "");
      if (params === "(prefers-color-scheme:dark)") {
        atRule.remove();
      } else if (params === "(prefers-color-scheme:light)") {
        atRule.replaceWith(atRule.nodes);
      }
    });
    root.walkRules((rule) => {
      const selectors = rule.selectors;
      const onlyCustomProps = rule.nodes.every((n) => n.type === "decl" && n.prop.startsWith("--"));
      // Token sets for .kern-dark / [data-kern-theme=dark]
      const kept = selectors.filter((s) => !DARK_SELECTORS.has(s));
      if (kept.length === 0) {
        rule.remove();
        return;
      }
      // Token sets for .kern-light / [data-kern-theme=light]: :root already has them.
      if (onlyCustomProps && kept.every((s) => LIGHT_SELECTORS.has(s))) {
        rule.remove();
        return;
      }
      if (kept.length !== selectors.length) rule.selectors = kept;
    });
  },
});

// kern-{m,p}{,t,r,b,l,x,y}-{size}-{breakpoint}; the unsuffixed classes stay.
const RESPONSIVE_SPACING =
  /^\.kern-[mp][trblxy]?-(?:auto|none|xxs|xs|sm|md|lg|xl)-(?:xs|sm|md|lg|xl|xxl)$/;

// The grid partial brings .kern-container (used) with .kern-row/.kern-col-* (unused: page layouts use
// the site's own flex and grid rules), about 20 KB for five breakpoints.
const GRID_COLUMNS = /\.kern-row\b|\.kern-col-/;

/** Drop breakpoint-specific spacing utilities (about 45 KB) and the grid's rows and columns. */
const dropResponsiveSpacing = () => ({
  postcssPlugin: "kern-drop-responsive-spacing",
  Once(root) {
    root.walkRules((rule) => {
      if (rule.selectors.every((s) => RESPONSIVE_SPACING.test(s) || GRID_COLUMNS.test(s))) rule.remove();
    });
    root.walkAtRules("media", (atRule) => {
      if (!atRule.nodes || atRule.nodes.length === 0) atRule.remove();
    });
  },
});

const COLOR_PRIMITIVE = /^--kern-color-(?:[a-z]+)-\d{3}$|^--kern-color-(?:white|black)$/;

/** Remove colour primitives that no remaining rule references. */
const pruneColorPrimitives = () => ({
  postcssPlugin: "kern-prune-color-primitives",
  Once(root) {
    const referenced = new Set();
    root.walkDecls((decl) => {
      if (COLOR_PRIMITIVE.test(decl.prop)) return; // primitives do not reference each other
      for (const m of decl.value.matchAll(/var\(\s*(--[\w-]+)/g)) referenced.add(m[1]);
    });
    root.walkDecls((decl) => {
      if (COLOR_PRIMITIVE.test(decl.prop) && !referenced.has(decl.prop)) decl.remove();
    });
    root.walkRules((rule) => {
      if (rule.nodes.length === 0) rule.remove();
    });
  },
});

/** `--x: value` -> `--x:value` (Sass keeps the space in custom properties). */
const tightCustomProperties = () => ({
  postcssPlugin: "kern-tight-custom-properties",
  Declaration(decl) {
    if (!decl.prop.startsWith("--")) return;
    const value = decl.value.trim();
    if (value !== "") {
      decl.value = value;
      decl.raws.between = ":";
    }
  },
});

/**
 * KERN's inline SVG icons carry xmlns="http://www.w3.org/2000/svg". That is a
 * namespace name, never fetched, but it makes `grep http` on the output
 * ambiguous. Percent-encoding it inside the data URI is equivalent for the
 * browser and leaves no "http://" text in the CSS at all.
 */
const encodeSvgNamespace = () => ({
  postcssPlugin: "kern-encode-svg-namespace",
  Declaration(decl) {
    if (!decl.value.includes("data:image/svg+xml")) return;
    decl.value = decl.value.replaceAll("http://www.w3.org/2000/svg", "http%3A%2F%2Fwww.w3.org%2F2000%2Fsvg");
  },
});

/**
 * KERN uses 500 only for x-large/display headings and sublines; every other
 * heading, label and title is 600. One font file per weight and script is
 * the largest part of a first visit, so medium is mapped to semibold: the
 * token and the literal fallbacks in font-weight declarations.
 */
const mediumAsSemiBold = () => ({
  postcssPlugin: "kern-medium-as-semibold",
  Declaration(decl) {
    if (decl.prop === "--kern-typography-font-weight-medium") {
      decl.value = "var(--kern-typography-font-weight-semi-bold)";
    } else if (decl.prop === "font-weight") {
      decl.value = decl.value.replace(/\b500\b/g, "600");
    }
  },
});

// --- 3. Right-to-left -----------------------------------------------------
// rtlcss mirrors every physical property (margin-left -> margin-right,
// left -> right, text-align, float, border widths, translate/rotate ...).
// One exception: the tick inside a checked checkbox is drawn with rotated
// borders; mirrored it becomes a reversed tick. Check marks are not mirrored
// in right-to-left interfaces, so those rules are kept as they are and the
// checkbox itself is laid out left-to-right.
const CHECKBOX_TICK = /\.kern-form-check__checkbox[^,]*::before/;

const keepCheckboxTick = () => ({
  postcssPlugin: "kern-rtl-keep-checkbox-tick",
  Once(root, { Comment, Rule, Declaration }) {
    root.walkRules((rule) => {
      if (rule.selectors.every((s) => CHECKBOX_TICK.test(s))) {
        rule.before(new Comment({ text: "rtl:ignore" }));
      }
    });
    root.append(
      new Comment({ text: "rtl:ignore" }),
      new Rule({
        selector: ".kern-form-check__checkbox",
        nodes: [new Declaration({ prop: "direction", value: "ltr" })],
      })
    );
  },
});

function toRtl(css) {
  return postcss([keepCheckboxTick(), rtlcss()]).process(css, { from: undefined }).css;
}

function banner(direction) {
  return (
    `/*! KERN UX ${kernVersion} (@kern-ux/native), EUPL-1.2, see LICENSE-KERN-UX.md.` +
    ` Selected components, light theme${direction === "rtl" ? ", right-to-left" : ""}.` +
    ` Generated by ${relFromFrontend("scripts/build-css.mjs")}; do not edit. */\n`
  );
}

export async function buildCss() {
  await ensureDir(outDir);
  const compiled = compileScss();
  const cleaned = (
    await postcss([lightThemeOnly(), dropResponsiveSpacing(), pruneColorPrimitives(), tightCustomProperties(), encodeSvgNamespace(), mediumAsSemiBold()]).process(compiled, {
      from: undefined,
    })
  ).css;
  const rtl = toRtl(cleaned);

  const ltrFile = path.join(outDir, "kern.css");
  const rtlFile = path.join(outDir, "kern.rtl.css");
  await writeFile(ltrFile, banner("ltr") + cleaned + "\n");
  await writeFile(rtlFile, banner("rtl") + rtl + "\n");

  console.log(`css: wrote kern.css (${cleaned.length} B), kern.rtl.css (${rtl.length} B)`);
}

if (isMain(import.meta.url)) {
  await buildCss();
}
