/**
 * The sandbox a submission's kernel runs in, as data a teacher can print
 * (`nnlab grade --explain-sandbox`): which protections this machine gives, what
 * the kernel sees (read-only, writable, nothing else) and its limits; and the
 * one command that launches the kernel inside it.
 *
 *   prlimit (memory, CPU, processes, file size, open files)
 *     bwrap (new pid, ipc, net, uts, cgroup and mount namespaces; only the
 *            listed paths; a clean environment; dies with the grader)
 *       setpriv (a throwaway uid with no capabilities and no new privileges)
 *         node dist/kernel/main.js <connection file>
 *
 * The kernel talks to the grader over Unix sockets (ZeroMQ ipc) in a folder
 * of its own, so it needs no network. When its first process ends, the pid
 * namespace ends and the kernel takes every process it started with it.
 */
import { spawnSync } from "child_process";
import { chmodSync, chownSync, existsSync, mkdirSync, readFileSync, realpathSync, writeFileSync } from "fs";
import path from "path";
import { isRoot } from "../../user";

export interface Limits {
  /** Bytes of data (heap) per process (RLIMIT_DATA; V8's heap is set a little below it). */
  memory: number;
  /** CPU seconds per process (RLIMIT_CPU). */
  cpuSeconds: number;
  /** Processes and threads of the submission's uid (RLIMIT_NPROC). */
  processes: number;
  /** Bytes one written file may reach (RLIMIT_FSIZE). */
  fileSize: number;
  openFiles: number;
  /** Bytes of the private scratch folder and of /tmp (each a tmpfs of this size). */
  disk: number;
}

const MiB = 1024 * 1024;
export const defaultLimits = (notebookTimeout: number): Limits => ({
  memory: 2048 * MiB,
  cpuSeconds: Math.ceil(notebookTimeout),
  processes: 64,
  fileSize: 64 * MiB,
  openFiles: 256,
  disk: 128 * MiB,
});

/** "2 GiB", "64 MiB". */
export function bytesText(bytes: number): string {
  return bytes >= 1024 * MiB && bytes % (1024 * MiB) === 0 ? `${bytes / 1024 / MiB} GiB` : `${Math.round(bytes / MiB)} MiB`;
}

/** One protection, whether this machine gives it, and how (or what is missing). */
export interface Protection {
  name: string;
  active: boolean;
  how: string;
}

/** What the machine offers: found by `probeMachine`, or given by a test. */
export interface Machine {
  root: boolean;
  bwrap?: string;
  prlimit?: string;
  setpriv?: string;
  /** Why no cgroup v2 memory/pids controller can be used (undefined: one can). */
  cgroupProblem?: string;
}

const findTool = (name: string, override: string | undefined, dirs = ["/usr/bin", "/bin", "/usr/local/bin"]): string | undefined => {
  if (override !== undefined) return override && existsSync(override) ? override : undefined;
  return dirs.map((d) => path.join(d, name)).find((f) => existsSync(f));
};

/**
 * This machine's isolation tools. `NNLAB_BWRAP`, `NNLAB_PRLIMIT` and
 * `NNLAB_SETPRIV` name the tools (an empty or missing path: not available,
 * which is how the tests simulate a machine without them).
 */
export function probeMachine(env: NodeJS.ProcessEnv = process.env): Machine {
  const root = isRoot();
  const bwrap = findTool("bwrap", env.NNLAB_BWRAP);
  const works = bwrap !== undefined && spawnSync(bwrap, ["--unshare-pid", "--ro-bind", "/usr", "/usr", "--symlink", "usr/lib", "/lib", "--symlink", "usr/lib64", "/lib64", "--", "/usr/bin/true"], { stdio: "ignore", timeout: 10_000 }).status === 0;
  return { root, bwrap: works ? bwrap : undefined, prlimit: findTool("prlimit", env.NNLAB_PRLIMIT), setpriv: findTool("setpriv", env.NNLAB_SETPRIV), cgroupProblem: cgroupProblem() };
}

function cgroupProblem(): string | undefined {
  const mounts = existsSync("/proc/self/mounts") ? readFileSync("/proc/self/mounts", "utf8") : "";
  const v2 = mounts.split("\n").map((l) => l.split(" ")).find((f) => f[2] === "cgroup2");
  if (!v2) return "no cgroup v2 on this machine";
  const controllers = existsSync(path.join(v2[1], "cgroup.controllers")) ? readFileSync(path.join(v2[1], "cgroup.controllers"), "utf8").trim().split(/\s+/) : [];
  const lacking = ["memory", "pids"].filter((c) => !controllers.includes(c));
  if (lacking.length > 0) return `the cgroup v2 hierarchy (${v2[1]}) has no ${lacking.join(" or ")} controller (this machine keeps them in cgroup v1)`;
  return "cgroup v2 delegation is not used by nnlab yet";
}

/** The protections grading gets on `machine`, each active or missing with the reason. */
export function protections(machine: Machine, limits: Limits): Protection[] {
  const ns = !!machine.bwrap;
  const uid = ns && machine.root && !!machine.setpriv;
  const rl = !!machine.prlimit;
  return [
    { name: "namespaces", active: ns, how: ns ? "bubblewrap: new pid, ipc, network (loopback only), uts, cgroup and mount namespaces" : "bubblewrap (bwrap) is missing or does not run: the kernel shares the machine's processes and network" },
    { name: "filesystem view", active: ns, how: ns ? "only the system's /usr, node and the nnlab package are visible, read-only; lessons, solutions, hidden tests, other submissions, the grader's files, the output folder and HOME are not" : "without bubblewrap the kernel sees every file the teacher can read" },
    { name: "private scratch folder", active: ns, how: ns ? `the kernel's working folder (a copy of the submission) and /tmp are private ${bytesText(limits.disk)} tmpfs; nothing else is writable but the kernel's socket folder` : "without bubblewrap the kernel can write wherever the teacher can" },
    { name: "clean environment", active: ns, how: ns ? "no variable of the grader's environment reaches the kernel (PATH, HOME, LANG only)" : "without bubblewrap the grader's environment is passed on, minus nothing" },
    { name: "throwaway uid", active: uid, how: uid ? "each submission runs as its own unprivileged uid with no capabilities (setpriv --no-new-privs)" : !machine.root ? "not run as root: the kernel runs as the teacher's own user" : "setpriv is missing: the kernel runs as root inside the sandbox" },
    { name: "reaping", active: ns, how: ns ? "the kernel runs in a pid namespace of its own that ends with it, killing every process it started; the grader also checks that none of its uid is left" : "without a pid namespace a process that detaches from the kernel can outlive grading" },
    { name: "memory limit", active: rl, how: rl ? `${bytesText(limits.memory)} of data per process (RLIMIT_DATA)` : "prlimit is missing: no memory limit" },
    { name: "CPU time limit", active: rl, how: rl ? `${limits.cpuSeconds} s of CPU per process (RLIMIT_CPU)` : "prlimit is missing: no CPU limit" },
    { name: "process limit", active: rl && uid, how: rl && uid ? `${limits.processes} processes for the submission's uid (RLIMIT_NPROC)` : "without a throwaway uid a process limit would count the teacher's own processes: not set" },
    { name: "file size and open files", active: rl, how: rl ? `files up to ${bytesText(limits.fileSize)}, ${limits.openFiles} open files (RLIMIT_FSIZE, RLIMIT_NOFILE)` : "prlimit is missing" },
    { name: "disk limit", active: ns, how: ns ? `${bytesText(limits.disk)} for the scratch folder and for /tmp (tmpfs size)` : "without bubblewrap only the file size limit bounds what is written" },
    { name: "output limit", active: true, how: "at most 100,000 characters of text and 2,000,000 of displays kept per cell (the rest is dropped as it arrives, with a note)" },
    { name: "cgroup v2", active: false, how: machine.cgroupProblem ?? "not used" },
  ];
}

/** `--explain-sandbox`: one line per protection, then what the kernel sees (with the package at `root`). */
export function explainSandbox(machine: Machine, limits: Limits, root?: string, node = process.execPath): string {
  const lines = protections(machine, limits).map((p) => `  ${p.active ? "yes" : "NO "}  ${p.name.padEnd(25)} ${p.how}`);
  const text = `Protections for each submission's kernel on this machine (${machine.root ? "run as root" : "not root"}):\n${lines.join("\n")}`;
  if (!machine.bwrap || root === undefined) return text;
  const job = { kernelDir: "/tmp/nnlab-grade-XXXXXX/N/kernel", submissionCopy: "/tmp/nnlab-grade-XXXXXX/N/submission.ipynb", submissionName: "NOTEBOOK.ipynb", uid: 0 };
  return `${text}\n\nWhat the kernel sees (nothing else exists for it):\n${visible(bwrapArgs(machine, limits, job, node, root)).join("\n")}`;
}

/** The mounts of a bwrap argv, one line each: read-only, writable, fresh. */
function visible(args: readonly string[]): string[] {
  const lines: string[] = [];
  for (let k = 0; k < args.length; k++) {
    const [flag, a, b] = [args[k], args[k + 1], args[k + 2]];
    if (flag === "--ro-bind") lines.push(`  read-only  ${b}${a === b ? "" : ` (${a})`}`);
    else if (flag === "--bind") lines.push(`  writable   ${b} (until the kernel has started)`);
    else if (flag === "--tmpfs") lines.push(`  writable   ${a} (private tmpfs, ${bytesText(Number(args[k - 1]))})`);
    else if (flag === "--proc" || flag === "--dev") lines.push(`  fresh      ${a}`);
    else if (flag === "--symlink") lines.push(`  link       ${b} -> ${a}`);
    else if (flag === "--chdir") lines.push(`  working folder and HOME: ${a}`);
  }
  return lines;
}

/** The warning `nnlab grade` prints when protections are missing (cgroup v2 aside: the rlimits stand in for it), or "". */
export function sandboxWarning(machine: Machine, limits: Limits): string {
  const missing = protections(machine, limits).filter((p) => !p.active && p.name !== "cgroup v2");
  if (missing.length === 0) return "";
  return `nnlab grade: WARNING — student code runs with fewer protections on this machine:\n${missing.map((p) => `  - ${p.name}: ${p.how}`).join("\n")}\n(run as root with bubblewrap, prlimit and setpriv installed for all of them; nnlab grade --explain-sandbox)`;
}

/** Where one submission's kernel lives, on the grader's side. */
export interface SandboxJob {
  /** A folder of the grader that holds the kernel's connection file and socket folder (bound at the same path). */
  kernelDir: string;
  /** The submission's notebook as handed in, copied into the scratch folder (read-only). */
  submissionCopy: string;
  /** Its file name in the scratch folder. */
  submissionName: string;
  uid: number;
}

/** The scratch folder inside the sandbox: the kernel's working folder and HOME. */
export const SCRATCH = "/home/student";

/** The node_modules folders node resolves the package's dependencies from (its own and its ancestors'). */
function moduleFolders(root: string): string[] {
  const found: string[] = [];
  for (let dir = root; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, "node_modules");
    if (existsSync(candidate)) found.push(candidate);
    if (path.dirname(dir) === dir) return found;
  }
}

/**
 * The full argv that starts the kernel (`kernelArgv`, whose last element is
 * the connection file) sandboxed as far as `machine` allows. Paths are bound
 * at the same place inside, so the connection file and socket paths agree.
 */
export function sandboxArgv(machine: Machine, limits: Limits, job: SandboxJob, kernelArgv: readonly string[], root: string): string[] {
  const [node, ...rest] = kernelArgv;
  const heapMiB = Math.floor((limits.memory / MiB) * 0.8);
  const kernel = [node, `--max-old-space-size=${heapMiB}`, ...rest];
  const uid = machine.root && machine.setpriv ? [machine.setpriv, `--reuid=${job.uid}`, `--regid=${job.uid}`, "--clear-groups", "--inh-caps=-all", "--bounding-set=-all", "--no-new-privs", "--"] : [];
  const withUid = machine.bwrap ? [...uid, ...kernel] : kernel;
  const sandboxed = machine.bwrap ? [machine.bwrap, ...bwrapArgs(machine, limits, job, node, root), "--", ...withUid] : withUid;
  if (!machine.prlimit) return sandboxed;
  const nproc = machine.root && machine.setpriv && machine.bwrap ? [`--nproc=${limits.processes}`] : [];
  return [machine.prlimit, `--data=${limits.memory}`, `--cpu=${limits.cpuSeconds}:${limits.cpuSeconds + 5}`, `--fsize=${limits.fileSize}`, `--nofile=${limits.openFiles}`, "--core=0", ...nproc, "--", ...sandboxed];
}

function bwrapArgs(machine: Machine, limits: Limits, job: SandboxJob, node: string, root: string): string[] {
  const args = ["--unshare-pid", "--unshare-ipc", "--unshare-net", "--unshare-uts", "--unshare-cgroup-try", "--die-with-parent", "--hostname", "nnlab-grade"];
  if (!machine.root) args.push("--unshare-user");
  args.push("--clearenv", "--setenv", "PATH", "/usr/bin:/bin", "--setenv", "HOME", SCRATCH, "--setenv", "LANG", "C.UTF-8");
  // No V8 code cache: code read from it runs, and it would fill the scratch folder.
  args.push("--setenv", "NNLAB_CODE_CACHE", "");
  const made = new Set<string>(["/"]);
  // Folders bwrap makes for a mount point would be 0700 (unreadable for the uid): make each one 0755 first.
  const dirs = (target: string) => {
    const parents: string[] = [];
    for (let d = path.dirname(target); !made.has(d) && d !== path.dirname(d); d = path.dirname(d)) parents.unshift(d);
    for (const d of parents) {
      made.add(d);
      args.push("--dir", d);
    }
  };
  const ro = (p: string) => {
    if (!existsSync(p)) return;
    dirs(p);
    args.push("--ro-bind", p, p);
  };
  for (const p of ["/usr/bin", "/usr/lib", "/usr/lib64", "/usr/libexec", "/usr/share/fonts"]) ro(p);
  for (const [link, target] of [["/bin", "usr/bin"], ["/lib", "usr/lib"], ["/lib64", "usr/lib64"]]) args.push("--symlink", target, link);
  // The private /tmp comes before the package's binds: bwrap mounts in order, so a
  // package that lives under /tmp (a clone in /tmp, as CI makes) would be hidden
  // by a tmpfs mounted after it, and the kernel would not start.
  args.push("--perms", "1777", "--size", String(limits.disk), "--tmpfs", "/tmp");
  made.add("/tmp");
  const realNode = realpathSync(node);
  if (!realNode.startsWith("/usr/")) ro(path.dirname(path.dirname(realNode))); // node installed outside /usr: its prefix
  ro(path.join(root, "package.json"));
  ro(path.join(root, "dist"));
  for (const modules of moduleFolders(root)) ro(modules);
  args.push("--proc", "/proc", "--dev", "/dev");
  dirs(SCRATCH);
  args.push("--perms", "1777", "--size", String(limits.disk), "--tmpfs", SCRATCH);
  made.add(SCRATCH);
  args.push("--ro-bind", job.submissionCopy, path.join(SCRATCH, job.submissionName));
  dirs(job.kernelDir);
  args.push("--bind", job.kernelDir, job.kernelDir);
  args.push("--chdir", SCRATCH);
  return args;
}

/** The first uid of the throwaway ones: far above any real user's, different for each grading run. */
export const uidFor = (job: number, pid = process.pid): number => 1_500_000_000 + (pid % 100_000) * 1_000 + (job % 1_000);

/**
 * Makes `dir` ready for one sandboxed kernel: `dir/kernel/` (the grader's,
 * with `sockets/` owned by the kernel's uid) and a copy of the submission as
 * handed in. Returns the job's sandbox description.
 */
export function prepareSandboxJob(machine: Machine, dir: string, k: number, submission: { text: string; name: string }): SandboxJob {
  const kernelDir = path.join(dir, "kernel");
  mkdirSync(path.join(kernelDir, "sockets"), { recursive: true });
  chmodSync(dir, 0o755);
  chmodSync(kernelDir, 0o755);
  const uid = uidFor(k);
  if (machine.root && machine.setpriv) chownSync(path.join(kernelDir, "sockets"), uid, uid);
  const submissionCopy = path.join(dir, "submission.ipynb");
  writeFileSync(submissionCopy, submission.text, { mode: 0o644 });
  return { kernelDir, submissionCopy, submissionName: submission.name, uid };
}
