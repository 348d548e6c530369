#!/usr/bin/env node
/**
 * Starts the nnlab kernel: `node dist/kernel/main.js <connection-file>`.
 * Jupyter runs it in the notebook's folder (see the kernelspec, spec.ts).
 */
import { createRequire } from "module";
import { kernelSink, type DisplayContent } from "../jupyter/display";
import { readConnection } from "./connection";
import { createEngine } from "./engine";
import { ensurePackages, FEATURES } from "../optional";
import { packageRoot } from "../paths";
import { forwardCompilerPaths, forwardRuntimeRequire } from "./resolve";
import { KernelServer } from "./server";
import { bindSockets } from "./sockets";

export async function startKernel(connectionFile: string, cwd = process.cwd()): Promise<void> {
  ensurePackages("The nnlab kernel", FEATURES.kernel);
  const info = readConnection(connectionFile);
  forwardCompilerPaths(cwd, packageRoot());
  forwardRuntimeRequire(packageRoot());
  const sockets = await bindSockets(info);
  const engine = createEngine(cwd);
  const server = new KernelServer(info, sockets, engine);
  // A synchronous cell is stopped by SIGINT itself (tslab runs it with breakOnSigint);
  // an awaiting cell is stopped here.
  process.on("SIGINT", () => engine.interrupt());
  process.on("SIGTERM", () => server.close());
  process.on("uncaughtException", (error) => console.error("Uncaught exception:", error));
  process.on("unhandledRejection", (reason) => console.error("Unhandled promise rejection:", reason));
  // `import * as tslab from "tslab"` in a cell: tslab.display.* sends through this kernel.
  createRequire(require.resolve("tslab/package.json"))("./dist/jupyter").lastWriteDisplayData = (
    content: DisplayContent,
    update: boolean,
  ) => kernelSink()?.display(content, update);
  exitWithParent(() => server.close());
  await server.start();
}

/** Like ipykernel's parent poller: when the process that started us (JPY_PARENT_PID) is gone, stop. */
function exitWithParent(close: () => void): void {
  const parent = Number(process.env.JPY_PARENT_PID);
  if (!parent || parent <= 1) return;
  const timer = setInterval(() => {
    try {
      process.kill(parent, 0);
    } catch {
      clearInterval(timer);
      close();
    }
  }, 2000);
  timer.unref();
}

if (require.main === module) {
  const file = process.argv[2];
  if (!file) {
    process.stderr.write("usage: node dist/kernel/main.js <connection-file>\n");
    process.exit(2);
  }
  startKernel(file).catch((error) => {
    process.stderr.write(`nnlab kernel failed to start: ${error?.stack ?? error}\n`);
    process.exit(1);
  });
}
