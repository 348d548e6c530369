import { expect, test } from "vitest";
import { hubSettings, isLoopback, parseMemory, type HubContext } from "../../src/hub/settings";

const context = (root = false): HubContext => ({
  cwd: "/srv/class",
  hubPort: 8081,
  proxyApiPort: 8001,
  root,
  python: "/opt/nnlab/.venv/bin/python",
  kernelData: "/opt/nnlab/.venv/share/jupyter",
  node: "/usr/bin/node",
  cli: "/opt/nnlab/dist/cli.js",
  proxy: "/opt/nnlab/node_modules/.bin/configurable-http-proxy",
  defaultRelease: "/opt/nnlab/notebooks",
});

test("hubSettings({}, context) defaults: ./hub, loopback:8000, 1 GiB, culled after an hour, shared password", () => {
  const s = hubSettings({}, context());
  expect(s).toMatchObject({
    hubDir: "/srv/class/hub",
    homes: "/srv/class/hub/home",
    release: "/opt/nnlab/notebooks",
    ip: "127.0.0.1",
    port: 8000,
    users: "shared",
    memoryBytes: 1024 ** 3,
    cullTimeout: 3600,
    cullEvery: 300,
    auth: "password",
    admins: [],
    configFiles: [],
  });
});

test("hubSettings(...) as root: a Unix account per student by default; shared only with --allow-root", () => {
  expect(hubSettings({}, context(true))).toMatchObject({ users: "system" });
  expect(hubSettings({ users: "shared" }, context(true))).toEqual({ error: expect.stringContaining("as root") });
  expect(hubSettings({ users: "shared", allowRoot: true }, context(true))).toMatchObject({ users: "shared", allowRoot: true });
  expect(hubSettings({ users: "system" }, context(false))).toEqual({ error: expect.stringContaining("needs root") });
});

test("hubSettings(...) keeps the shared password on loopback; a real sign-in needs a config file", () => {
  expect(hubSettings({ ip: "0.0.0.0" }, context())).toEqual({ error: expect.stringContaining("loopback only") });
  expect(hubSettings({ ip: "0.0.0.0", auth: "config" }, context())).toEqual({ error: expect.stringContaining("--config FILE") });
  expect(hubSettings({ ip: "0.0.0.0", auth: "config", config: ["github.py"], admin: ["teacher"] }, context())).toMatchObject({ ip: "0.0.0.0", configFiles: ["/srv/class/github.py"], admins: ["teacher"] });
});

test("hubSettings(...) refuses bad sizes, ports, timeouts and modes with the accepted forms", () => {
  expect(hubSettings({ memory: "lots" }, context())).toEqual({ error: expect.stringContaining("like 1G") });
  expect(hubSettings({ port: "99999" }, context())).toEqual({ error: expect.stringContaining("--port") });
  expect(hubSettings({ cull: "-5" }, context())).toEqual({ error: expect.stringContaining("--cull") });
  expect(hubSettings({ users: "docker" }, context())).toEqual({ error: expect.stringContaining("--users") });
  expect(hubSettings({ auth: "ldap" }, context())).toEqual({ error: expect.stringContaining("--auth") });
});

test("hubSettings(...) --cull 0 never culls; short timeouts are looked at often, long ones every 5 min at most", () => {
  expect(hubSettings({ cull: "0" }, context())).toMatchObject({ cullTimeout: 0, cullEvery: 0 });
  expect(hubSettings({ cull: "20" }, context())).toMatchObject({ cullEvery: 10 });
  expect(hubSettings({ cull: "600" }, context())).toMatchObject({ cullEvery: 150 });
  expect(hubSettings({ cull: "86400" }, context())).toMatchObject({ cullEvery: 300 });
});

test("parseMemory(text) reads K/M/G/T with or without i/B; 0 means no limit", () => {
  expect(parseMemory("1G")).toBe(1073741824);
  expect(parseMemory("1536M")).toBe(1536 * 1048576);
  expect(parseMemory("2GiB")).toBe(2 * 1073741824);
  expect(parseMemory("1.5g")).toBe(1610612736);
  expect(parseMemory("0")).toBe(0);
  expect(parseMemory("12 bananas")).toBeUndefined();
});

test("isLoopback(ip)", () => {
  expect(["127.0.0.1", "127.1.2.3", "::1", "localhost"].map(isLoopback)).toEqual([true, true, true, true]);
  expect(["0.0.0.0", "10.0.0.5", "::"].map(isLoopback)).toEqual([false, false, false]);
});
