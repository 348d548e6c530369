/**
 * `nnlab hub` — a class on one machine (docs/classroom.md): JupyterHub from
 * nnlab's Python environment (`nnlab env --extra hub`), configured by
 * python/hub/jupyterhub_config.py from the settings written here.
 *
 *   nnlab hub [start] [options]            run the hub (Ctrl-C stops it and every student's server)
 *   nnlab hub release [--dir D] [--lessons L]   give students the newly released lessons now
 *   nnlab hub collect LESSON --out DIR [--dir D] [--grade GRADED] [--jobs N]
 *   nnlab hub sync --from RELEASE --to HOME [--sign PYTHON]   (run by the hub, as the student, at each spawn)
 */
import { spawn } from "child_process";
import { randomBytes } from "crypto";
import { chmodSync, existsSync, mkdirSync, writeFileSync } from "fs";
import path from "path";
import { parseArgs } from "util";
import { unreachable } from "../hub/reach";
import { hubSettings, type HubSettings } from "../hub/settings";
import { defaultFolder, packageRoot } from "../paths";
import { collectCommand, releaseCommand, syncCommand } from "./hubTasks";
import { kernelEnv } from "./kernelEnv";
import { ensureJupyterEnv } from "./env/pythonEnv";
import { choosePort } from "./port";
import { isRoot } from "../user";

export const HUB_USAGE = `usage: nnlab hub [start] [--dir DIR] [--lessons FOLDER] [--ip IP] [--port N] [--users system|shared]
                 [--memory SIZE] [--cull SECONDS] [--auth password|config] [--config FILE]… [--admin NAME]…
       nnlab hub release [--dir DIR] [--lessons FOLDER]
       nnlab hub collect LESSON --out DIR [--dir DIR] [--grade GRADED] [--jobs N]

  start     JupyterHub for a class on this machine: each student signs in and gets JupyterLab on their own
            copy of the lessons (FOLDER, default notebooks/) with the nnlab kernel.
    --dir DIR        the hub's folder: state/ (database, secrets) and home/<student> (default ./hub)
    --ip, --port     where students connect (default 127.0.0.1:8000)
    --users system   a Unix account per student, created on first sign-in (default as root)
    --users shared   every student runs as you, with no isolation between them (default otherwise)
    --memory SIZE    one student's server and kernels together (default 1G; 0: no limit)
    --cull SECONDS   stop a server idle this long (default 3600; 0: never)
    --auth password  one shared password, any name, loopback only (NNLAB_HUB_PASSWORD, or printed)
    --auth config    a real sign-in set in --config FILE (OAuth, LTI: docs/classroom.md)
    --admin NAME     a hub admin (the teacher)
  release   copy newly released lessons into every student's lessons/ now (their changed copies are kept;
            a new version goes beside them); servers started later get them anyway
  collect   copy every student's LESSON notebook into DIR/<student>/ (the layout nnlab grade reads);
            --grade GRADED then grades them there with nnlab grade (--jobs N kernels at once)`;

/** For `nnlab --help` (the hub parses its own arguments: its --config and --admin repeat). */
export const HUB = {
  usage: HUB_USAGE,
  summary: "JupyterHub for a class on one machine: each student's own JupyterLab and lessons; collect and grade (docs/classroom.md)",
};

const OPTIONS = {
  dir: { type: "string" }, lessons: { type: "string" }, ip: { type: "string" }, port: { type: "string" },
  users: { type: "string" }, memory: { type: "string" }, cull: { type: "string" }, auth: { type: "string" },
  config: { type: "string", multiple: true }, admin: { type: "string", multiple: true }, "allow-root": { type: "boolean" },
  out: { type: "string" }, grade: { type: "string" }, jobs: { type: "string" },
  from: { type: "string" }, to: { type: "string" }, sign: { type: "string" }, help: { type: "boolean", short: "h" },
} as const;

interface Passwords {
  students: string;
  /** The admins' (--admin) own password; JupyterHub wants 32 characters or more. */
  admins?: string;
}

/** configurable-http-proxy, installed with nnlab (package.json devDependencies), never a global one. */
export function proxyBinary(root = packageRoot()): string {
  return path.join(root, "node_modules", ".bin", process.platform === "win32" ? "configurable-http-proxy.cmd" : "configurable-http-proxy");
}

/** Runs JupyterHub in the foreground; resolves with its exit code. */
async function startHub(settings: HubSettings, passwords: Passwords | undefined): Promise<number> {
  const state = path.join(settings.hubDir, "state");
  mkdirSync(state, { recursive: true });
  chmodSync(settings.hubDir, 0o711);
  chmodSync(state, 0o700);
  mkdirSync(settings.homes, { recursive: true });
  chmodSync(settings.homes, 0o711);
  const settingsFile = path.join(state, "settings.json");
  writeFileSync(settingsFile, JSON.stringify(settings, null, 2) + "\n");
  const config = path.join(packageRoot(), "python", "hub", "jupyterhub_config.py");
  const env: NodeJS.ProcessEnv = { ...process.env, NNLAB_HUB_SETTINGS: settingsFile, NNLAB_HUB_PASSWORD: passwords?.students, NNLAB_HUB_ADMIN_PASSWORD: passwords?.admins };
  // JupyterHub runs in a process group of its own, so a Ctrl-C reaches only this process, which
  // passes on exactly one SIGTERM: a second signal would start a second cleanup of every server.
  const child = spawn(settings.python, ["-m", "jupyterhub", "-f", config], { stdio: "inherit", cwd: state, env, detached: true });
  let stopping = false;
  const stop = () => {
    if (stopping || child.exitCode !== null) return;
    stopping = true;
    console.log("nnlab hub: stopping every student's server, the proxy and the hub…");
    child.kill("SIGTERM");
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
  const url = `http://${settings.ip.includes(":") ? `[${settings.ip}]` : settings.ip}:${settings.port}/`;
  console.log(`nnlab hub: starting JupyterHub at ${url} (students: ${settings.users} accounts, memory ${settings.memoryBytes ? `${Math.round(settings.memoryBytes / 1024 ** 2)} MiB` : "unlimited"} each, idle servers stopped after ${settings.cullTimeout || "never"} s)`);
  if (passwords) console.log(`nnlab hub: students sign in with any name and the password ${passwords.students}${passwords.admins ? `; ${settings.admins.join(", ")} with ${passwords.admins}` : ""}`);
  return new Promise((resolve) => child.on("exit", (code, signal) => resolve(code ?? (signal ? 0 : 1))));
}

export async function hubCommand(argv: readonly string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: OPTIONS, allowPositionals: true });
  } catch (error) {
    console.error(`nnlab hub: ${(error as Error).message}\n\n${HUB_USAGE}`);
    return 2;
  }
  const { values: o, positionals } = parsed;
  if (o.help) {
    console.log(HUB_USAGE);
    return 0;
  }
  const [sub = "start", ...rest] = positionals;
  const hubDir = path.resolve(o.dir ?? "hub");
  const release = path.resolve(o.lessons ?? defaultFolder("notebooks"));
  if (sub === "sync") return o.from && o.to ? syncCommand(o.from, path.resolve(o.to), o.sign) : (console.error("nnlab hub sync: --from RELEASE --to HOME"), 2);
  if (sub === "collect") return collectCommand(rest[0], hubDir, o.out, o.grade, o.jobs);
  if (sub === "release") return releaseCommand(hubDir, release, ensureJupyterEnv(process.env, undefined, ["hub"]).python);
  if (sub !== "start") {
    console.error(`nnlab hub: unknown subcommand ${sub}\n\n${HUB_USAGE}`);
    return 2;
  }
  const proxy = proxyBinary();
  if (!existsSync(proxy)) {
    console.error(`nnlab hub: JupyterHub's proxy is missing (${proxy}); run npm install in ${packageRoot()} (configurable-http-proxy comes with nnlab's development dependencies)`);
    return 1;
  }
  const kernel = kernelEnv(process.env, ensureJupyterEnv(process.env, undefined, ["hub"]));
  const settings = hubSettings(
    { dir: o.dir, lessons: o.lessons, ip: o.ip, port: o.port, users: o.users, memory: o.memory, cull: o.cull, auth: o.auth, admin: o.admin, config: o.config, allowRoot: o["allow-root"] },
    { cwd: process.cwd(), hubPort: (await choosePort(8081))!, proxyApiPort: (await choosePort(8001))!, root: isRoot(), python: kernel.python, kernelData: kernel.dataDir, node: process.execPath, cli: path.join(packageRoot(), "dist", "cli.js"), proxy, defaultRelease: release },
  );
  if ("error" in settings) {
    console.error(settings.error);
    return 2;
  }
  if (settings.users === "system") {
    const problems = unreachable([settings.python, path.dirname(settings.python), settings.kernelData, settings.node, settings.cli, settings.release]);
    if (problems.length > 0) {
      console.error(`nnlab hub: with --users system, students' accounts must be able to run nnlab's environment, but:\n${problems.map((p) => `  ${p}`).join("\n")}\nInstall nnlab where every account can read it (e.g. /opt/nnlab) and make its environment from a system Python: docs/classroom.md`);
      return 1;
    }
  }
  let passwords: Passwords | undefined;
  if (settings.auth === "password") {
    passwords = {
      students: process.env.NNLAB_HUB_PASSWORD || randomBytes(9).toString("base64url"),
      admins: settings.admins.length > 0 ? process.env.NNLAB_HUB_ADMIN_PASSWORD || randomBytes(24).toString("base64url") : undefined,
    };
    if (passwords.students.length < 8 || (passwords.admins !== undefined && passwords.admins.length < 32)) {
      console.error("nnlab hub: NNLAB_HUB_PASSWORD needs 8 characters or more, NNLAB_HUB_ADMIN_PASSWORD 32 or more");
      return 2;
    }
  }
  const code = await startHub(settings, passwords);
  kernel.dispose();
  return code;
}
