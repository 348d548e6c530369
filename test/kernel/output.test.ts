import { expect, test } from "vitest";
import { StreamCapture } from "../../src/kernel/output";

test("StreamCapture.write(name, text) batches text until flushed, in order", () => {
  const sent: [string, string][] = [];
  const capture = new StreamCapture((name, text) => sent.push([name, text]));
  capture.write("stdout", "a\n");
  capture.write("stdout", "b\n");
  capture.write("stderr", "c\n");
  capture.flush();
  expect(sent).toEqual([["stdout", "a\nb\n"], ["stderr", "c\n"]]);
});

test("StreamCapture.write(name, text) sends a batch older than maxDelay with the next write, during a synchronous loop", () => {
  const sent: string[] = [];
  const capture = new StreamCapture((_, text) => sent.push(text), 50);
  capture.write("stdout", "1\n");
  for (const start = Date.now(); Date.now() - start < 60; );
  capture.write("stdout", "2\n");
  expect(sent).toEqual(["1\n2\n"]);
  capture.write("stdout", "3\n");
  expect(sent).toEqual(["1\n2\n"]);
  capture.flush();
  expect(sent).toEqual(["1\n2\n", "3\n"]);
});
