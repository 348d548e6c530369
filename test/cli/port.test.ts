import net from "net";
import { expect, test } from "vitest";
import { choosePort, isFree } from "../../src/cli/port";

test("choosePort(from, free) keeps `from` when it is free", async () => {
  expect(await choosePort(8888, async () => true)).toBe(8888);
});

test("choosePort(from, free) takes the next free port after taken ones", async () => {
  const taken = new Set([8888, 8889]);
  expect(await choosePort(8888, async (p) => !taken.has(p))).toBe(8890);
});

test("choosePort(from, free, tries) gives undefined when none of the tries is free, and never passes 65535", async () => {
  expect(await choosePort(8888, async () => false, 5)).toBeUndefined();
  const asked: number[] = [];
  expect(await choosePort(65534, async (p) => (asked.push(p), false))).toBeUndefined();
  expect(asked).toEqual([65534, 65535]);
});

test("isFree(port) is false while a server listens there, true after it closed", async () => {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  expect(await isFree(port)).toBe(false);
  await new Promise<void>((resolve) => server.close(() => resolve()));
  expect(await isFree(port)).toBe(true);
});
