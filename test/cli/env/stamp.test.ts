import { mkdtempSync, rmSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { expect, test } from "vitest";
import { envAction, readStamp, requirementsHash, STAMP_FILE, writeStamp } from "../../../src/cli/env/stamp";

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

test("envAction(state): no working python → create; no stamp (interrupted install) or no line for this set → install; a line for it → ready", () => {
  expect(envAction({ pythonRuns: false, stamps: ["h"], hash: "h" })).toBe("create");
  expect(envAction({ pythonRuns: true, stamps: [], hash: "h" })).toBe("install");
  expect(envAction({ pythonRuns: true, stamps: ["old"], hash: "h" })).toBe("install");
  expect(envAction({ pythonRuns: true, stamps: ["h"], hash: "h" })).toBe("ready");
  expect(envAction({ pythonRuns: true, stamps: ["base", "h"], hash: "h" })).toBe("ready");
});

test("writeStamp(dir, hashes) then readStamp(dir) gives them back (once each, the last 8); no stamp → []; a one-line stamp of an older nnlab still reads", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "nnlab-stamp-"));
  const h = (k: number) => k.toString(16).padStart(64, "0");
  try {
    expect(readStamp(dir)).toEqual([]);
    writeStamp(dir, [h(1), h(2), h(1)]);
    expect(readStamp(dir)).toEqual([h(1), h(2)]);
    writeStamp(dir, Array.from({ length: 10 }, (_, k) => h(k)));
    expect(readStamp(dir)).toEqual(Array.from({ length: 8 }, (_, k) => h(k + 2)));
    writeFileSync(path.join(dir, STAMP_FILE), h(7) + "\n");
    expect(readStamp(dir)).toEqual([h(7)]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
