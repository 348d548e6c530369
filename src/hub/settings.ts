/**
 * What `nnlab hub` was asked for, checked, as the settings file the shipped
 * JupyterHub configuration (python/hub/jupyterhub_config.py) reads. Pure: no
 * files, no processes.
 */
import path from "path";

export type UsersMode = "system" | "shared";
export type AuthMode = "password" | "config";

export interface HubSettings {
  /** The hub's own folder: database, secrets, logs, settings, and home/<student>. */
  hubDir: string;
  homes: string;
  /** The released student notebooks copied into each student's lessons/. */
  release: string;
  ip: string;
  port: number;
  /** Loopback ports of the hub's API and the proxy's API (free ones, chosen by `nnlab hub`). */
  hubPort: number;
  proxyApiPort: number;
  users: UsersMode;
  /** Server + kernels of one student, bytes; 0 = no limit. */
  memoryBytes: number;
  /** Seconds without activity after which a student's server is stopped; 0 = never. */
  cullTimeout: number;
  /** How often the culler looks, seconds. */
  cullEvery: number;
  auth: AuthMode;
  admins: string[];
  /** The environment's Python (JupyterHub, JupyterLab, jupyterhub-singleuser). */
  python: string;
  /** share/jupyter holding kernels/nnlab, first on every server's JUPYTER_PATH. */
  kernelData: string;
  /** `node` and nnlab's dist/cli.js, for `nnlab hub sync` at each spawn. */
  node: string;
  cli: string;
  /** configurable-http-proxy from node_modules/.bin. */
  proxy: string;
  /** The teacher's own jupyterhub_config.py files, loaded after nnlab's. */
  configFiles: string[];
  /** Shared mode as root: every student's code runs as root (tests on loopback only). */
  allowRoot: boolean;
}

export interface HubRequest {
  dir?: string;
  lessons?: string;
  ip?: string;
  port?: string;
  users?: string;
  memory?: string;
  cull?: string;
  auth?: string;
  admin?: string[];
  config?: string[];
  allowRoot?: boolean;
}

export interface HubContext {
  cwd: string;
  hubPort: number;
  proxyApiPort: number;
  root: boolean;
  python: string;
  kernelData: string;
  node: string;
  cli: string;
  proxy: string;
  defaultRelease: string;
}

export const DEFAULTS = { dir: "hub", ip: "127.0.0.1", port: 8000, memory: "1G", cull: 3600 } as const;

const UNITS: Record<string, number> = { "": 1, K: 1024, M: 1024 ** 2, G: 1024 ** 3, T: 1024 ** 4 };

/** "1G", "1536M", "2GiB", "0" → bytes; undefined if not a size. */
export function parseMemory(text: string): number | undefined {
  const match = /^(\d+(?:\.\d+)?)\s*([KMGT]?)(?:i?B)?$/i.exec(text.trim());
  if (!match) return undefined;
  return Math.round(Number(match[1]) * UNITS[match[2].toUpperCase()]);
}

export function isLoopback(ip: string): boolean {
  return ip === "localhost" || ip === "::1" || /^127\.\d+\.\d+\.\d+$/.test(ip);
}

/** Checked settings, or the sentence that says what is wrong. */
export function hubSettings(request: HubRequest, context: HubContext): HubSettings | { error: string } {
  const hubDir = path.resolve(context.cwd, request.dir ?? DEFAULTS.dir);
  const port = Number(request.port ?? DEFAULTS.port);
  if (!Number.isInteger(port) || port < 1 || port > 65535) return { error: `nnlab hub: --port must be a port number (1-65535), not ${request.port}` };
  const users = request.users ?? (context.root ? "system" : "shared");
  if (users !== "system" && users !== "shared") return { error: `nnlab hub: --users is "system" (a Unix account per student; needs root) or "shared" (every student runs as you), not ${users}` };
  if (users === "system" && !context.root) return { error: "nnlab hub: --users system creates a Unix account per student and needs root; run it as root, or use --users shared (no isolation between students: docs/classroom.md)" };
  if (users === "shared" && context.root && !request.allowRoot)
    return { error: "nnlab hub: as root, --users shared would run every student's code as root; use --users system (the default as root), or add --allow-root for a test on loopback" };
  const memoryBytes = parseMemory(request.memory ?? DEFAULTS.memory);
  if (memoryBytes === undefined) return { error: `nnlab hub: --memory is a size like 1G or 1536M (0: no limit), not ${request.memory}` };
  const cullTimeout = Number(request.cull ?? DEFAULTS.cull);
  if (!Number.isInteger(cullTimeout) || cullTimeout < 0) return { error: `nnlab hub: --cull is whole seconds of inactivity (0: never cull), not ${request.cull}` };
  const auth = request.auth ?? "password";
  if (auth !== "password" && auth !== "config") return { error: `nnlab hub: --auth is "password" (one shared password, loopback only) or "config" (your --config file sets the authenticator), not ${auth}` };
  const ip = request.ip ?? DEFAULTS.ip;
  if (auth === "password" && !isLoopback(ip))
    return { error: `nnlab hub: with --auth password anyone who knows the password can sign in as any student, so it listens on loopback only; for --ip ${ip} choose a real sign-in (--auth config --config FILE, docs/classroom.md)` };
  const configFiles = (request.config ?? []).map((f) => path.resolve(context.cwd, f));
  if (auth === "config" && configFiles.length === 0) return { error: "nnlab hub: --auth config needs --config FILE, a jupyterhub_config.py that sets c.JupyterHub.authenticator_class (docs/classroom.md)" };
  return {
    hubDir,
    homes: path.join(hubDir, "home"),
    release: path.resolve(context.cwd, request.lessons ?? context.defaultRelease),
    ip,
    port,
    hubPort: context.hubPort,
    proxyApiPort: context.proxyApiPort,
    users,
    memoryBytes,
    cullTimeout,
    cullEvery: cullTimeout > 0 ? Math.max(10, Math.min(300, Math.floor(cullTimeout / 4))) : 0,
    auth,
    admins: request.admin ?? [],
    python: context.python,
    kernelData: context.kernelData,
    node: context.node,
    cli: context.cli,
    proxy: context.proxy,
    configFiles,
    allowRoot: Boolean(request.allowRoot),
  };
}
