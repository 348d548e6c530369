import { chmodSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from "fs";
import os from "os";
import path from "path";
import { expect, test } from "vitest";
import { unreachable, whyUnreachable } from "../../src/hub/reach";

test("whyUnreachable(path) names the folder on the way that other accounts cannot enter, link targets included", () => {
  const root = mkdtempSync(path.join(os.tmpdir(), "nnlab-reach-"));
  chmodSync(root, 0o755);
  mkdirSync(path.join(root, "private", "bin"), { recursive: true });
  writeFileSync(path.join(root, "private", "bin", "python3"), "", { mode: 0o755 });
  chmodSync(path.join(root, "private"), 0o700);
  mkdirSync(path.join(root, "venv", "bin"), { recursive: true, mode: 0o755 });
  symlinkSync(path.join(root, "private", "bin", "python3"), path.join(root, "venv", "bin", "python"));
  expect(whyUnreachable(path.join(root, "venv", "bin", "python"))).toBe(`${path.join(root, "venv", "bin", "python")}: the folder ${path.join(root, "private")} is closed to other accounts (mode 700)`);
  chmodSync(path.join(root, "private"), 0o755);
  expect(whyUnreachable(path.join(root, "venv", "bin", "python"))).toBeUndefined();
  writeFileSync(path.join(root, "secret"), "", { mode: 0o600 });
  chmodSync(path.join(root, "secret"), 0o600);
  expect(whyUnreachable(path.join(root, "secret"))).toContain("not readable by other accounts (mode 600)");
  writeFileSync(path.join(root, "tool"), "", { mode: 0o744 });
  chmodSync(path.join(root, "tool"), 0o744);
  expect(whyUnreachable(path.join(root, "tool"))).toContain("cannot be run by other accounts");
  expect(unreachable([path.join(root, "missing"), path.join(root, "venv")])).toEqual([`${path.join(root, "missing")} does not exist`]);
});
