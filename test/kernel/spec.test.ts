import path from "path";
import { expect, test } from "vitest";
import { kernelsDir, kernelSpec, userDataDir } from "../../src/kernel/spec";

test("kernelSpec(root, node) runs dist/kernel/main.js of that installation", () => {
  const spec = kernelSpec("/opt/nnlab", "/usr/bin/node");
  expect(spec.argv).toEqual(["/usr/bin/node", "--enable-source-maps", path.join("/opt/nnlab", "dist", "kernel", "main.js"), "{connection_file}"]);
  expect([spec.display_name, spec.language]).toEqual(["TypeScript (nnlab)", "typescript"]);
});

test("kernelsDir({ prefix }) is PREFIX/share/jupyter/kernels", () => {
  expect(kernelsDir({ prefix: "/p" })).toBe(path.join("/p", "share", "jupyter", "kernels"));
});

test("userDataDir(env, platform, home) follows Jupyter's rules", () => {
  expect(userDataDir({ JUPYTER_DATA_DIR: "/d" }, "linux", "/h")).toBe("/d");
  expect(userDataDir({}, "linux", "/h")).toBe(path.join("/h", ".local", "share", "jupyter"));
  expect(userDataDir({}, "darwin", "/h")).toBe(path.join("/h", "Library", "Jupyter"));
});
