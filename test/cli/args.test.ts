import { afterEach, expect, test, vi } from "vitest";
import { defineCommand, parseCommand, synopsis, withArgs } from "../../src/cli/args";

afterEach(() => vi.restoreAllMocks());

const DEMO = defineCommand({
  name: "demo",
  usage: "usage: nnlab demo FILE [-o OUT] [--check]\n\n  a command for the tests",
  summary: "a demo",
  options: { out: { type: "string", short: "o" }, check: { type: "boolean" } },
  positionals: { min: 1, max: 1, what: "a file" },
});

test("parseCommand(spec, argv) reads positionals, flags, --key value, --key=value and -o value", () => {
  expect(parseCommand(DEMO, ["a.txt", "--check", "--out", "x"])).toEqual({ values: { check: true, out: "x" }, positionals: ["a.txt"] });
  expect(parseCommand(DEMO, ["--out=y", "a.txt"])).toEqual({ values: { out: "y" }, positionals: ["a.txt"] });
  expect(parseCommand(DEMO, ["-o", "z.html", "a.txt"])).toEqual({ values: { out: "z.html" }, positionals: ["a.txt"] });
  expect(parseCommand(DEMO, ["--", "--not-an-option"])).toEqual({ values: {}, positionals: ["--not-an-option"] });
});

test("parseCommand(spec, argv) answers --help and -h wherever they stand", () => {
  expect(parseCommand(DEMO, ["--help"])).toEqual({ help: true });
  expect(parseCommand(DEMO, ["a.txt", "-h"])).toEqual({ help: true });
});

test("parseCommand(spec, argv) names an unknown option as written, then gives the usage", () => {
  expect(parseCommand(DEMO, ["a.txt", "--chek"])).toEqual({ error: `nnlab demo: unknown option --chek\n\n${DEMO.usage}` });
  expect(parseCommand(DEMO, ["-x", "a.txt"])).toEqual({ error: `nnlab demo: unknown option -x\n\n${DEMO.usage}` });
  expect(parseCommand(DEMO, ["a.txt", "--out=1", "--bad=2"])).toEqual({ error: `nnlab demo: unknown option --bad\n\n${DEMO.usage}` });
  expect(parseCommand(DEMO, ["--chek", "--help"])).toHaveProperty("error"); // a typo is reported even with --help
});

test("parseCommand(spec, argv) refuses a missing value, a value given to a flag, and wrong numbers of arguments", () => {
  const error = (argv: string[]) => (parseCommand(DEMO, argv) as { error: string }).error.split("\n")[0];
  expect(error(["a.txt", "--out"])).toBe("nnlab demo: Option '-o, --out <value>' argument missing");
  expect(error(["a.txt", "--check=yes"])).toBe("nnlab demo: Option '--check' does not take an argument");
  expect(error(["a.txt", "--out", "--check"])).toBe("nnlab demo: Option '--out' argument is ambiguous.");
  expect(error([])).toBe("nnlab demo: a file is needed");
  expect(error(["a", "b"])).toBe("nnlab demo: unexpected argument b");
});

test("withArgs(spec, run)(argv) prints the usage for --help (0), the error and usage on stderr (2), else runs", () => {
  const log = vi.spyOn(console, "log").mockImplementation(() => {});
  const err = vi.spyOn(console, "error").mockImplementation(() => {});
  const command = withArgs(DEMO, ({ values, positionals }) => (values.check ? 10 : positionals.length));
  expect(command(["-h"])).toBe(0);
  expect(log).toHaveBeenCalledWith(DEMO.usage);
  expect(command(["a", "--nope"])).toBe(2);
  expect(err).toHaveBeenCalledWith(`nnlab demo: unknown option --nope\n\n${DEMO.usage}`);
  expect(command(["a"])).toBe(1);
  expect(command(["a", "--check"])).toBe(10);
});

test("synopsis(spec) is the usage's first line after 'usage: nnlab '", () => {
  expect(synopsis(DEMO)).toBe("demo FILE [-o OUT] [--check]");
});

