import { mkdtempSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { expect, test } from "vitest";
import { envAction, readStamp, requirementsHash, writeStamp } from "../../../src/cli/env/stamp";

const files = (table: Record<string, string>) => (file: string) => table[file];

test("requirementsHash(files) changes when a file's content changes, not with CRLF line ends", () => {
  const a = requirementsHash(["r", "c"], files({ r: "jupyterlab==4.6.6\n", c: "tornado==6.6.1\n" }));
  expect(a).toMatch(/^[0-9a-f]{64}$/);
  expect(requirementsHash(["r", "c"], files({ r: "jupyterlab==4.6.6\r\n", c: "tornado==6.6.1\r\n" }))).toBe(a);
  expect(requirementsHash(["r", "c"], files({ r: "jupyterlab==4.6.7\n", c: "tornado==6.6.1\n" }))).not.toBe(a);
  expect(requirementsHash(["r", "c"], files({ r: "jupyterlab==4.6.6\n", c: "tornado==6.6.2\n" }))).not.toBe(a);
  // content moved across the file boundary is a different set of files
  expect(requirementsHash(["r", "c"], files({ r: "", c: "jupyterlab==4.6.6\ntornado==6.6.1\n" }))).not.toBe(a);
});

test("envAction(state): no working python → create; stamp absent (interrupted install) or stale → install; same hash → ready", () => {
  expect(envAction({ pythonRuns: false, stamp: "h", hash: "h" })).toBe("create");
  expect(envAction({ pythonRuns: true, stamp: undefined, hash: "h" })).toBe("install");
  expect(envAction({ pythonRuns: true, stamp: "old", hash: "h" })).toBe("install");
  expect(envAction({ pythonRuns: true, stamp: "h", hash: "h" })).toBe("ready");
});

test("writeStamp(dir, hash) then readStamp(dir) gives the hash back; no stamp → undefined", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "nnlab-stamp-"));
  try {
    expect(readStamp(dir)).toBeUndefined();
    writeStamp(dir, "abc123");
    expect(readStamp(dir)).toBe("abc123");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
