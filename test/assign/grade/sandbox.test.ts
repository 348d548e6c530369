import { spawnSync } from "child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "fs";
import os from "os";
import path from "path";
import { afterAll, describe, expect, it } from "vitest";
import { defaultLimits, explainSandbox, probeMachine, protections, sandboxArgv, sandboxWarning, SCRATCH, type Machine } from "../../../src/assign/grade/sandbox";

const root = path.resolve(__dirname, "..", "..", "..");
const limits = defaultLimits(600);
const full: Machine = { root: true, bwrap: "/usr/bin/bwrap", prlimit: "/usr/bin/prlimit", setpriv: "/usr/bin/setpriv", cgroupProblem: "no cgroup v2 on this machine" };
const job = { kernelDir: "/tmp/nnlab-grade-x/0/kernel", submissionCopy: "/tmp/nnlab-grade-x/0/submission.ipynb", submissionName: "00-getting-started.ipynb", uid: 1_500_000_007 };
const kernel = ["/usr/bin/node", "--enable-source-maps", path.join(root, "dist", "kernel", "main.js"), "{connection_file}"];
const work = mkdtempSync(path.join(os.tmpdir(), "nnlab-sandbox-test-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** The (source → target) pairs of the bwrap mounts in an argv. */
const mounts = (argv: string[], flag: string) => argv.flatMap((a, k) => (a === flag ? [argv[k + 1]] : []));

describe("sandboxArgv", () => {
  it("sandboxArgv(full machine) is prlimit → bwrap → setpriv → node, with every limit", () => {
    const argv = sandboxArgv(full, limits, job, kernel, root);
    const at = (tool: string) => argv.indexOf(tool);
    expect(at("/usr/bin/prlimit")).toBe(0);
    expect(at("/usr/bin/prlimit") < at("/usr/bin/bwrap") && at("/usr/bin/bwrap") < at("/usr/bin/setpriv") && at("/usr/bin/setpriv") < at("/usr/bin/node")).toBe(true);
    expect(argv).toEqual(expect.arrayContaining([`--data=${2048 * 1024 * 1024}`, "--cpu=600:605", "--nproc=64", `--fsize=${64 * 1024 * 1024}`, "--nofile=256", "--core=0"]));
    expect(argv).toEqual(expect.arrayContaining(["--unshare-pid", "--unshare-net", "--unshare-ipc", "--unshare-uts", "--die-with-parent", "--clearenv"]));
    expect(argv).toEqual(expect.arrayContaining([`--reuid=${job.uid}`, "--no-new-privs", "--bounding-set=-all"]));
    expect(argv).not.toContain("--unshare-user");
    expect(argv.slice(-4)).toEqual(["--max-old-space-size=1638", "--enable-source-maps", kernel[2], "{connection_file}"]);
  });

  it("sandboxArgv mounts the private /tmp before the package, so a package that lives under /tmp (a clone in /tmp) stays visible", () => {
    const underTmp = path.join(work, "clone-of-nnlab");
    mkdirSync(path.join(underTmp, "dist"), { recursive: true });
    expect(underTmp.startsWith("/tmp/")).toBe(true);
    const argv = sandboxArgv(full, limits, job, [kernel[0], kernel[1], path.join(underTmp, "dist", "kernel", "main.js"), kernel[3]], underTmp);
    const tmp = argv.findIndex((a, k) => a === "--tmpfs" && argv[k + 1] === "/tmp");
    const dist = argv.findIndex((a, k) => a === "--ro-bind" && argv[k + 1] === path.join(underTmp, "dist"));
    expect(tmp).toBeGreaterThan(0);
    expect(dist).toBeGreaterThan(tmp);
  });

  it("sandboxArgv binds read-only only /usr's programs and libraries, the package's dist, package.json and node_modules", () => {
    const argv = sandboxArgv(full, limits, job, kernel, root);
    const readOnly = mounts(argv, "--ro-bind");
    expect(readOnly).toContain(path.join(root, "dist"));
    expect(readOnly).toContain(path.join(root, "node_modules"));
    expect(readOnly).toContain("/usr/lib");
    for (const hidden of [path.join(root, "lessons"), path.join(root, "notebooks"), root, os.homedir(), "/", "/etc", "/work", "/usr/local"]) expect(readOnly).not.toContain(hidden);
    expect(mounts(argv, "--bind")).toEqual([job.kernelDir]);
    expect(mounts(argv, "--tmpfs")).toEqual(["/tmp", SCRATCH]);
    expect(argv[argv.indexOf("--chdir") + 1]).toBe(SCRATCH);
    const env = mounts(argv, "--setenv");
    expect(env).toEqual(["PATH", "HOME", "LANG", "NNLAB_CODE_CACHE"]);
  });

  it("sandboxArgv(machine without bwrap) keeps the rlimits and drops what needs a namespace", () => {
    const argv = sandboxArgv({ ...full, bwrap: undefined }, limits, job, kernel, root);
    expect(argv[0]).toBe("/usr/bin/prlimit");
    expect(argv).not.toContain("/usr/bin/setpriv");
    expect(argv.some((a) => a.startsWith("--nproc"))).toBe(false);
    expect(sandboxArgv({ root: false }, limits, job, kernel, root)).toEqual(["/usr/bin/node", "--max-old-space-size=1638", ...kernel.slice(1)]);
    expect(sandboxArgv({ ...full, root: false }, limits, job, kernel, root)).toContain("--unshare-user");
  });
});

describe("protections", () => {
  it("protections(machine) names each missing protection, and the warning lists them", () => {
    const missing = (m: Machine) => protections(m, limits).filter((p) => !p.active).map((p) => p.name);
    expect(missing(full)).toEqual(["cgroup v2"]);
    expect(sandboxWarning(full, limits)).toBe("");
    expect(missing({ ...full, bwrap: undefined })).toEqual(["namespaces", "filesystem view", "private scratch folder", "clean environment", "throwaway uid", "reaping", "process limit", "disk limit", "cgroup v2"]);
    expect(missing({ ...full, root: false })).toEqual(["throwaway uid", "process limit", "cgroup v2"]);
    const warning = sandboxWarning({ ...full, root: false }, limits);
    expect(warning).toMatch(/WARNING/);
    expect(warning).toMatch(/throwaway uid: not run as root/);
    expect(explainSandbox(full, limits)).toMatch(/yes {2}namespaces/);
    const seen = explainSandbox(full, limits, root, "/usr/bin/node");
    expect(seen).toContain(`  read-only  ${path.join(root, "dist")}`);
    expect(seen).toContain(`  writable   ${SCRATCH} (private tmpfs, 128 MiB)`);
    expect(seen).toContain("  writable   /tmp (private tmpfs, 128 MiB)");
    expect(seen).not.toContain(path.join(root, "lessons"));
  });

  it("probeMachine(env) takes NNLAB_BWRAP= as 'no bubblewrap' and finds the real tools otherwise", () => {
    expect(probeMachine({ NNLAB_BWRAP: "" }).bwrap).toBeUndefined();
    expect(probeMachine({ NNLAB_BWRAP: "/nonexistent/bwrap" }).bwrap).toBeUndefined();
    const found = probeMachine({});
    expect(found.prlimit).toBe(existsSync("/usr/bin/prlimit") ? "/usr/bin/prlimit" : undefined);
  });
});

describe.runIf(probeMachine({}).bwrap && probeMachine({}).root)("sandboxArgv on this machine", () => {
  it("a process in the sandbox sees no lessons nor HOME, has a clean environment, a private writable HOME and no network", () => {
    const machine = probeMachine({});
    const dir = path.join(work, "0", "kernel");
    require("fs").mkdirSync(path.join(dir, "sockets"), { recursive: true });
    const copy = path.join(work, "0", "submission.ipynb");
    require("fs").writeFileSync(copy, "{}");
    const probe = [
      "const fs = require('fs'), os = require('os');",
      "const can = (f) => { try { f(); return true } catch { return false } };",
      `console.log(JSON.stringify({ uid: process.getuid(), pid: process.pid, env: Object.keys(process.env).sort(),`,
      `  lessons: can(() => fs.readdirSync(${JSON.stringify(path.join(root, "lessons"))})), home: can(() => fs.readdirSync(${JSON.stringify(os.homedir())})),`,
      `  writeHome: can(() => fs.writeFileSync('x', '1')), writeDist: can(() => fs.writeFileSync(${JSON.stringify(path.join(root, "dist", "x"))}, '1')),`,
      `  copy: fs.readFileSync('00-getting-started.ipynb', 'utf8'), net: Object.keys(os.networkInterfaces()) }));`,
    ].join("\n");
    const argv = sandboxArgv(machine, limits, { ...job, kernelDir: dir, submissionCopy: copy }, [process.execPath, "-e", probe], root);
    const result = spawnSync(argv[0], argv.slice(1), { encoding: "utf8", env: { ...process.env, NNLAB_SECRET: "s3cret" } });
    expect(result.status, result.stderr).toBe(0);
    const seen = JSON.parse(result.stdout);
    expect(seen).toEqual({ uid: job.uid, pid: 2, env: ["HOME", "LANG", "NNLAB_CODE_CACHE", "PATH", "PWD"], lessons: false, home: false, writeHome: true, writeDist: false, copy: "{}", net: ["lo"] });
  });
});
