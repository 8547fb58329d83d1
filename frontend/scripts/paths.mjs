// Shared locations for the build scripts (all relative to frontend/).
import path from "node:path";
import { mkdir } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

export const frontendDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const repoDir = path.resolve(frontendDir, "..");
export const outDir = path.join(repoDir, "src", "Oldenburg.Integration.Web", "wwwroot", "lib", "kern");
export const fontsOutDir = path.join(outDir, "fonts");
export const kernPackageDir = path.dirname(require.resolve("@kern-ux/native/package.json"));

export const ensureDir = (dir) => mkdir(dir, { recursive: true });

/** "frontend/<p>" for messages and banners (never an absolute path). */
export const relFromFrontend = (p) => path.posix.join("frontend", p);

/** Path of a file relative to the repository root, with forward slashes. */
export const relFromRepo = (p) => path.relative(repoDir, p).split(path.sep).join("/");

/** True when the calling module is the script node was started with. */
export const isMain = (metaUrl) => process.argv[1] && metaUrl === pathToFileURL(process.argv[1]).href;
