import { expect, test } from "vitest";
import { formatTable } from "../../src/cli/table";

test("formatTable(header, rows) aligns columns, numbers to the right", () => {
  expect(formatTable(["notebook", "cells"], [["a.ipynb", 12], ["long-name.ipynb", 3]])).toBe(
    ["notebook         cells", "---------------  -----", "a.ipynb             12", "long-name.ipynb      3"].join("\n"),
  );
});
