import { existsSync, readdirSync, readFileSync } from "fs";
import { basename, join } from "path";
import { describe, expect, it } from "vitest";
import { lessonFiles, releasedText } from "../src/assign";

const root = join(__dirname, "..");
const lessons = lessonFiles(join(root, "lessons"));

describe("lessons and notebooks", () => {
  it("every lesson source has its released notebook, byte for byte (run `npm run release` after editing a lesson)", () => {
    expect(lessons.length).toBeGreaterThan(0);
    for (const file of lessons) {
      const target = join(root, "notebooks", basename(file).replace(/\.md$/, ".ipynb"));
      expect(existsSync(target), `${target} is missing`).toBe(true);
      expect(readFileSync(target, "utf8"), `${target} is out of date`).toBe(releasedText(file));
    }
  });

  it("every notebook in notebooks/ comes from a lesson source", () => {
    const sources = new Set(lessons.map((file) => basename(file, ".md")));
    for (const name of readdirSync(join(root, "notebooks")).filter((n) => n.endsWith(".ipynb"))) {
      expect(sources.has(basename(name, ".ipynb")), `notebooks/${name} has no lessons/ source`).toBe(true);
    }
  });

  it("every lesson states its learning goals and has at least two checks with feedback", () => {
    for (const file of lessons) {
      const text = readFileSync(file, "utf8");
      expect(text, `${file}: learning goals`).toMatch(/you will learn/i);
      expect((text.match(/:nbgrader: tests/g) ?? []).length, `${file}: exercises`).toBeGreaterThanOrEqual(2);
    }
  });
});
