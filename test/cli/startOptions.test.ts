import { expect, test } from "vitest";
import { parseCommand } from "../../src/cli/args";
import { jupyterArgs, serverUrl, START, startOptions } from "../../src/cli/startOptions";

const opts = (...argv: string[]) => {
  const parsed = parseCommand(START, argv);
  return "values" in parsed ? startOptions(parsed) : parsed;
};

test("startOptions(args) defaults: JupyterLab, port 8888, a browser, no folder", () => {
  expect(opts()).toEqual({ app: "lab", port: 8888, browser: true, folder: undefined });
});

test("startOptions(args) reads --notebook, --port N, --port=N, --no-browser and a folder", () => {
  expect(opts("--notebook", "--port", "9000", "--no-browser", "my-notebooks")).toEqual({ app: "notebook", port: 9000, browser: false, folder: "my-notebooks" });
  expect(opts("--port=9001")).toMatchObject({ port: 9001 });
});

test("startOptions(args) refuses a bad port, an unknown option and two folders, with the usage", () => {
  expect(opts("--port", "abc")).toEqual({ error: '--port needs a number between 1 and 65535, not "abc".' });
  expect(opts("--port", "70000")).toHaveProperty("error");
  expect(opts("--port")).toHaveProperty("error");
  expect((opts("--nobrowser") as { error: string }).error).toContain("unknown option --nobrowser\n\nusage: nnlab start");
  expect((opts("a", "b") as { error: string }).error).toContain("unexpected argument b");
});

test("jupyterArgs(launch) runs jupyterlab or notebook on loopback, on exactly that port, with the token", () => {
  const args = jupyterArgs({ app: "lab", port: 8890, browser: true, folder: "/n", token: "t0k", root: false });
  expect(args.slice(0, 2)).toEqual(["-m", "jupyterlab"]);
  expect(args).toContain("--ServerApp.root_dir=/n");
  expect(args).toContain("--ServerApp.ip=127.0.0.1");
  expect(args).toContain("--ServerApp.port=8890");
  expect(args).toContain("--ServerApp.port_retries=0");
  expect(args).toContain("--IdentityProvider.token=t0k");
  expect(args).not.toContain("--no-browser");
  expect(args).not.toContain("--allow-root");
  const notebook = jupyterArgs({ app: "notebook", port: 8890, browser: false, folder: "/n", token: "t0k", root: true });
  expect(notebook.slice(0, 2)).toEqual(["-m", "notebook"]);
  expect(notebook).toContain("--no-browser");
  expect(notebook).toContain("--allow-root");
});

test("serverUrl(app, port, token) opens /lab or /tree with the token", () => {
  expect(serverUrl("lab", 8888, "abc")).toBe("http://127.0.0.1:8888/lab?token=abc");
  expect(serverUrl("notebook", 8889, "abc")).toBe("http://127.0.0.1:8889/tree?token=abc");
});
