import { afterEach, expect, test } from "vitest";
import { display, KERNEL_SINK, KernelSink } from "../../src/kernel/display";

afterEach(() => {
  delete (globalThis as any)[KERNEL_SINK];
});

test("display(bundle) outside the kernel sends nothing and returns the normalised bundle", () => {
  expect(display({ "text/html": "<b>x</b>" })).toEqual({ "text/html": "<b>x</b>", "text/plain": expect.any(String) });
});

test("display(bundle, { id, update }) inside the kernel hands the message to its sink", () => {
  const sent: unknown[] = [];
  const sink: KernelSink = { display: (c, u) => sent.push([c, u]), clearOutput: () => {}, page: () => {} };
  (globalThis as any)[KERNEL_SINK] = sink;
  expect(display({ "text/plain": "x" }, { id: "d", update: true })).toBeUndefined();
  expect(sent).toEqual([[{ data: { "text/plain": "x" }, metadata: {}, transient: { display_id: "d" } }, true]]);
});

test("display(bundle, { update: true }) without an id is an error", () => {
  expect(() => display({ "text/plain": "x" }, { update: true })).toThrow(/needs the id/);
});
