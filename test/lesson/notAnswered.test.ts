import { expect, it } from "vitest";
import { isNotAnswered, NotAnswered, notAnswered } from "../../src/lesson";

it("notAnswered() is a NotAnswered error branded with Symbol.for('nnlab.notAnswered')", () => {
  const thrown = notAnswered();
  expect(thrown).toBeInstanceOf(NotAnswered);
  expect(thrown).toBeInstanceOf(Error);
  expect(thrown.name).toBe("NotAnswered");
  expect((thrown as unknown as Record<symbol, unknown>)[Symbol.for("nnlab.notAnswered")]).toBe(true);
  expect(thrown.message).toMatch(/^✎ Not answered yet/);
});

it("isNotAnswered(value) recognises the brand from any copy of nnlab, and nothing else", () => {
  expect(isNotAnswered(notAnswered())).toBe(true);
  expect(isNotAnswered({ [Symbol.for("nnlab.notAnswered")]: true })).toBe(true);
  expect(isNotAnswered(new Error("Not implemented yet"))).toBe(false);
  expect(isNotAnswered(undefined)).toBe(false);
  expect(isNotAnswered("not answered")).toBe(false);
});
