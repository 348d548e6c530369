import { afterEach, expect, test, vi } from "vitest";
import { main } from "../../src/cli";

afterEach(() => vi.restoreAllMocks());

test.each(["start", "run", "release", "grade", "export", "kernel", "env", "nbgrader", "hub"])("nnlab %s --help prints its usage and exits 0", async (command) => {
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  const error = vi.spyOn(console, "error").mockImplementation(() => {});
  expect(await main([command, "--help"])).toBe(0);
  const printed = log.mock.calls.map((c) => String(c[0])).join("\n");
  expect(printed).toMatch(new RegExp(`^usage: nnlab ${command}\\b`));
  expect(error).not.toHaveBeenCalled();
});

test.each(["start", "run", "release", "export", "kernel", "env"])("nnlab %s --frobnicate is an error naming the flag, with the command's usage, exit 2", async (command) => {
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  const error = vi.spyOn(console, "error").mockImplementation(() => {});
  expect(await main([command, "x", "--frobnicate"])).toBe(2);
  const printed = error.mock.calls.map((c) => String(c[0])).join("\n");
  expect(printed).toMatch(new RegExp(`^nnlab ${command}: unknown option --frobnicate\\n\\nusage: nnlab ${command}\\b`));
  expect(log).not.toHaveBeenCalled();
});

test("nnlab export without a notebook, and nnlab kernel with an unknown action, are errors with the usage", async () => {
  const error = vi.spyOn(console, "error").mockImplementation(() => {});
  expect(await main(["export"])).toBe(2);
  expect(String(error.mock.calls[0][0])).toMatch(/^nnlab export: a notebook is needed\n\nusage: nnlab export/);
  expect(await main(["kernel", "uninstall"])).toBe(2);
  expect(String(error.mock.calls[1][0])).toMatch(/^nnlab kernel: unknown action uninstall\n\nusage: nnlab kernel/);
});

test("nnlab --help lists every command with its synopsis and exits 0", async () => {
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  expect(await main(["--help"])).toBe(0);
  const printed = String(log.mock.calls[0][0]);
  for (const command of ["start", "env", "kernel install", "run", "export", "release", "grade", "nbgrader init", "hub"]) expect(printed).toMatch(new RegExp(`\\n  ${command}[ \\n]`));
});
