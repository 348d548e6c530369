import { expect, test } from "vitest";
import { parseArgs } from "../../src/cli/args";

test("parseArgs(argv) reads positionals, --flag, --key value, --key=value and -o value", () => {
  expect(parseArgs(["install", "--user", "--prefix", "/p", "--out=x", "-o", "y.html"])).toEqual({
    positional: ["install"],
    options: { user: true, prefix: "/p", out: "x", o: "y.html" },
  });
});
