import { describe, expect, test } from "vitest";
import { decode, encode, Message, newHeader, sign } from "../../src/kernel/wire";

const message = (): Message => ({
  identities: [Buffer.from("client")],
  header: newHeader("execute_request", "s1"),
  parent_header: {},
  metadata: {},
  content: { code: "1 + 1" },
  buffers: [],
});

describe("wire", () => {
  test("decode(encode(message, key), key) round-trips identities, header and content", () => {
    const m = message();
    const back = decode(encode(m, "secret"), "secret");
    expect(back.identities.map(String)).toEqual(["client"]);
    expect(back.header).toEqual(m.header);
    expect(back.content).toEqual({ code: "1 + 1" });
  });

  test("decode(frames, key) rejects a wrong signature", () => {
    const frames = encode(message(), "secret");
    expect(() => decode(frames, "other")).toThrow(/signature/);
  });

  test("sign('', frames) is empty: no key, no signing", () => {
    expect(sign("", ["a"])).toBe("");
    expect(decode(encode(message(), ""), "").content).toEqual({ code: "1 + 1" });
  });

  test("decode(frames) needs the <IDS|MSG> delimiter", () => {
    expect(() => decode([Buffer.from("x")], "")).toThrow(/delimiter/);
  });
});
