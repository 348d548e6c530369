import { afterEach, expect, test, vi } from "vitest";
import { main } from "../../src/cli";

afterEach(() => vi.restoreAllMocks());

test.each(["start", "run", "release", "grade", "export", "kernel", "env", "hub"])("nnlab %s --help prints its usage and exits 0", async (command) => {
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  const error = vi.spyOn(console, "error").mockImplementation(() => {});
  expect(await main([command, "--help"])).toBe(0);
  const printed = log.mock.calls.map((c) => String(c[0])).join("\n");
  expect(printed).toMatch(new RegExp(`^usage: nnlab ${command}\\b`));
  expect(error).not.toHaveBeenCalled();
});

test("nnlab --help lists every command and exits 0", async () => {
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  expect(await main(["--help"])).toBe(0);
  const printed = String(log.mock.calls[0][0]);
  for (const command of ["start", "env", "kernel install", "run", "export", "release", "grade", "hub"]) expect(printed).toContain(`\n  ${command} `);
});
