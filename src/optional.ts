/**
 * The packages a lean install of nnlab leaves out: its optional peer
 * dependencies (package.json), each needed by one feature and loaded only
 * there. `npm install nnlab` brings the engine, data sets and chart specs;
 * the Jupyter kernel, chart rendering, the HTML page and the digits data need
 * these, and say which to install when they are missing:
 *
 *   requireOptional("vega", "Drawing a chart")
 *   // Error: Drawing a chart needs the package vega, which a lean install of nnlab
 *   //        leaves out. Install it next to nnlab: npm install vega@5.33.1
 */
import { existsSync, readFileSync } from "fs";
import path from "path";
import { packagePaths } from "./paths";

/** What each feature needs beyond the lean install. */
export const FEATURES = {
  /** The Jupyter kernel (nnlab start, run, grade, kernel install, env). */
  kernel: ["tslab"],
  /** show(), save() and live displays: a chart's SVG and PNG. */
  charts: ["vega", "vega-lite", "@resvg/resvg-js"],
  /** nnlab export's interactive page (vega, vega-lite and vega-embed inlined). */
  page: ["vega", "vega-lite", "vega-embed"],
  /** digits(): the handwritten digits. */
  digits: ["mnist"],
} as const;

/** Every package a lesson may need in the kernel: the kernel, charts and digits. */
export const LESSON_PACKAGES = [...new Set([...FEATURES.kernel, ...FEATURES.charts, ...FEATURES.digits])];

/** The version range nnlab's package.json asks for, e.g. "^5.33.1". */
export function versionRange(name: string): string | undefined {
  try {
    const json = JSON.parse(readFileSync(packagePaths().packageJson, "utf8")) as { peerDependencies?: Record<string, string> };
    return json.peerDependencies?.[name];
  } catch {
    return undefined;
  }
}

/** `npm install a@range b@range` for `names`. */
export function installCommand(names: readonly string[]): string {
  return `npm install ${names.map((name) => (versionRange(name) ? `${name}@${versionRange(name)}` : name)).join(" ")}`;
}

/** The message for `feature` missing `names`. */
export function missingMessage(feature: string, names: readonly string[]): string {
  const what = names.length === 1 ? `the package ${names[0]}, which a lean install of nnlab leaves out. Install it` : `the packages ${names.join(", ")}, which a lean install of nnlab leaves out. Install them`;
  return `${feature} needs ${what} next to nnlab: ${installCommand(names)}`;
}

/** The folder of installed package `name` as nnlab's modules would find it, or undefined (reads no package "exports"). */
export function packageDir(name: string): string | undefined {
  for (const dir of require.resolve.paths(name) ?? []) {
    if (existsSync(path.join(dir, name, "package.json"))) return path.join(dir, name);
  }
  return undefined;
}

/** Those of `names` that are not installed. */
export function missingPackages(names: readonly string[]): string[] {
  return names.filter((name) => packageDir(name) === undefined);
}

/** Throws the install message when any of `names` is missing. */
export function ensurePackages(feature: string, names: readonly string[]): void {
  const missing = missingPackages(names);
  if (missing.length > 0) throw new Error(missingMessage(feature, missing));
}

/** `require(name)`, or the install message if it is not installed. */
export function requireOptional<T = any>(name: string, feature: string): T {
  try {
    return require(name) as T;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === "MODULE_NOT_FOUND" && missingPackages([name]).length > 0) throw new Error(missingMessage(feature, [name]));
    throw error;
  }
}
