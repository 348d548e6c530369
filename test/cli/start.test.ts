import { ChildProcess, spawn } from "child_process";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "fs";
import net from "net";
import os from "os";
import path from "path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { ensureJupyterEnv } from "../../src/cli/env/pythonEnv";

// The real start path: `node dist/cli.js start --no-browser --port P COPY` with P taken,
// a stale user-level nnlab kernelspec and a temporary HOME.
const ROOT = path.resolve(__dirname, "..", "..");
let work: string;
let child: ChildProcess | undefined;
let output = "";
let env: NodeJS.ProcessEnv;
let blocker: net.Server;
let asked: number;

beforeAll(async () => {
  ensureJupyterEnv();
  work = mkdtempSync(path.join(os.tmpdir(), "nnlab-start-"));
  cpSync(path.join(ROOT, "notebooks"), path.join(work, "notebooks"), { recursive: true });
  mkdirSync(path.join(work, "home"));
  const stale = path.join(work, "user-data", "kernels", "nnlab");
  mkdirSync(stale, { recursive: true });
  writeFileSync(path.join(stale, "kernel.json"), JSON.stringify({ argv: ["node", "/elsewhere/main.js", "{connection_file}"], display_name: "stale", language: "typescript" }));
  blocker = net.createServer();
  await new Promise<void>((resolve) => blocker.listen(0, "127.0.0.1", resolve));
  asked = (blocker.address() as net.AddressInfo).port;
  env = { ...process.env, HOME: path.join(work, "home"), JUPYTER_DATA_DIR: path.join(work, "user-data"), JUPYTER_PATH: "", JUPYTER_PREFER_ENV_PATH: "0" };
  delete env.JUPYTER_CONFIG_DIR;
});

function start(...args: string[]): void {
  output = "";
  child = spawn(process.execPath, [path.join(ROOT, "dist", "cli.js"), "start", ...args], { env, cwd: work });
}

async function stop(): Promise<number | null> {
  const exited = new Promise<number | null>((r) => child!.once("exit", (code) => r(code)));
  child!.kill("SIGTERM");
  return exited;
}

afterAll(async () => {
  if (child && child.exitCode === null) {
    child.kill("SIGTERM");
    await new Promise((r) => child!.once("exit", r));
  }
  blocker?.close();
  rmSync(work, { recursive: true, force: true });
});

function waitFor(pattern: RegExp, ms: number): Promise<RegExpMatchArray> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${pattern} within ${ms} ms:\n${output}`)), ms);
    const check = () => {
      const match = output.match(pattern);
      if (match) {
        clearTimeout(timer);
        resolve(match);
      }
    };
    child!.stdout!.on("data", (d) => ((output += d), check()));
    child!.stderr!.on("data", (d) => ((output += d), check()));
    child!.on("exit", (code) => reject(new Error(`nnlab start exited (${code}):\n${output}`)));
  });
}

test("nnlab start --no-browser --port P: takes P+1 when P is taken, prints a URL that answers, serves this clone's nnlab kernel, writes nothing to ~/.jupyter, stops on SIGTERM", async () => {
  start("--no-browser", "--port", String(asked), path.join(work, "notebooks"));
  const [, base, token] = await waitFor(/(http:\/\/127\.0\.0\.1:\d+)\/lab\?token=([0-9a-f]+)/, 120_000);
  expect(output).toContain(`Port ${asked} is in use; using port ${asked + 1} instead.`);
  expect(base).toBe(`http://127.0.0.1:${asked + 1}`);
  expect(output).toContain("Ctrl-C");
  expect(output).not.toContain("is ignored: it is neither a file nor a directory");

  expect((await fetch(`${base}/api/status?token=${token}`)).status).toBe(200);
  expect((await fetch(`${base}/api/status`)).status).toBe(403);
  const specs = (await (await fetch(`${base}/api/kernelspecs?token=${token}`)).json()) as { default: string; kernelspecs: Record<string, { spec: { argv: string[]; display_name: string } }> };
  expect(specs.default).toBe("nnlab");
  expect(specs.kernelspecs.nnlab.spec.display_name).toBe("TypeScript (nnlab)");
  expect(specs.kernelspecs.nnlab.spec.argv).toContain(path.join(ROOT, "dist", "kernel", "main.js"));
  const lab = await fetch(`${base}/lab?token=${token}`);
  expect(lab.status).toBe(200);
  const contents = (await (await fetch(`${base}/api/contents?token=${token}`)).json()) as { content: { name: string }[] };
  expect(contents.content.map((c) => c.name)).toContain("00-getting-started.ipynb");

  expect(await stop()).toBe(0);
  // jupyter_core writes its `migrated` marker there whenever an ~/.ipython exists (nbgrader's server
  // extension, once `nnlab env --extra nbgrader` put it in the environment, imports IPython, which makes
  // one): Jupyter's own doing. nnlab itself writes nothing there.
  const userConfig = path.join(work, "home", ".jupyter");
  expect((existsSync(userConfig) ? readdirSync(userConfig) : []).filter((name) => name !== "migrated")).toEqual([]);
  await expect(fetch(`${base}/api/status?token=${token}`)).rejects.toThrow();
}, 180_000);

test("nnlab start --notebook --no-browser FOLDER opens Notebook 7's /tree on that folder", async () => {
  start("--notebook", "--no-browser", "--port", String(asked + 10), path.join(work, "notebooks"));
  const [, base, token] = await waitFor(/(http:\/\/127\.0\.0\.1:\d+)\/tree\?token=([0-9a-f]+)/, 120_000);
  expect(output).toContain("Jupyter Notebook is running");
  const tree = await fetch(`${base}/tree?token=${token}`);
  expect(tree.status).toBe(200);
  expect(await tree.text()).toContain("notebook");
  expect(await stop()).toBe(0);
}, 180_000);
