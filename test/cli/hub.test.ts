import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { afterEach, expect, test, vi } from "vitest";
import { hubCommand, proxyBinary } from "../../src/cli/hub";

afterEach(() => vi.restoreAllMocks());

const quiet = () => ({ log: vi.spyOn(console, "log").mockImplementation(() => {}), error: vi.spyOn(console, "error").mockImplementation(() => {}) });

test("nnlab hub sync --from RELEASE --to HOME copies the lessons into HOME/lessons and says what it did", async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "nnlab-hub-cli-"));
  mkdirSync(path.join(root, "release"));
  writeFileSync(path.join(root, "release", "00-a.ipynb"), "{}");
  const { log } = quiet();
  expect(await hubCommand(["sync", "--from", path.join(root, "release"), "--to", path.join(root, "ada")])).toBe(0);
  expect(readFileSync(path.join(root, "ada", "lessons", "00-a.ipynb"), "utf8")).toBe("{}");
  expect(await hubCommand(["sync", "--from", path.join(root, "release"), "--to", path.join(root, "ada")])).toBe(0);
  expect(log.mock.calls.map((c) => c[0])).toEqual(["1 copied", "1 unchanged"]);
});

test("nnlab hub collect LESSON --out DIR collects every student's copy and prints the grade command", async () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "nnlab-hub-cli-"));
  for (const student of ["ada", "bob"]) {
    mkdirSync(path.join(root, "hub", "home", student, "lessons"), { recursive: true });
    writeFileSync(path.join(root, "hub", "home", student, "lessons", "01-neuron.ipynb"), student);
  }
  const { log } = quiet();
  const out = path.join(root, "submitted");
  expect(await hubCommand(["collect", "01-neuron", "--dir", path.join(root, "hub"), "--out", out])).toBe(0);
  expect(readFileSync(path.join(out, "bob", "01-neuron.ipynb"), "utf8")).toBe("bob");
  expect(log.mock.calls.map((c) => c[0])).toEqual([`collected 2 of 2 students' 01-neuron into ${out}`, `grade them with: nnlab grade ${out} --out GRADED --jobs N`]);
});

test("nnlab hub refuses unknown subcommands and options, and collect without --out, with exit code 2", async () => {
  const { error } = quiet();
  expect(await hubCommand(["launch"])).toBe(2);
  expect(await hubCommand(["--students", "3"])).toBe(2);
  expect(await hubCommand(["collect", "01-neuron"])).toBe(2);
  expect(error.mock.calls.map((c) => String(c[0]).split("\n")[0])).toEqual([
    "nnlab hub: unknown subcommand launch",
    expect.stringContaining("nnlab hub: Unknown option '--students'"),
    "usage: nnlab hub collect LESSON --out DIR [--dir HUBDIR] [--grade GRADED] [--jobs N]",
  ]);
});

test("proxyBinary() is configurable-http-proxy from nnlab's own node_modules", () => {
  expect(proxyBinary("/opt/nnlab")).toBe(path.join("/opt/nnlab", "node_modules", ".bin", "configurable-http-proxy"));
});
