import { describe, expect, it } from "vitest";
import { brief, decode, encode, LIMITS, observe, parseObservation, Unrepresentable } from "../../src/lesson/observation";

const roundTrip = (value: unknown) => decode(JSON.parse(JSON.stringify(encode(value))));

describe("encode / decode", () => {
  it("encode(value) keeps what JSON cannot hold: NaN, ±Infinity, −0, undefined, typed arrays", () => {
    expect(roundTrip(NaN)).toBeNaN();
    expect(roundTrip(Infinity)).toBe(Infinity);
    expect(roundTrip(-Infinity)).toBe(-Infinity);
    expect(Object.is(roundTrip(-0), -0)).toBe(true);
    expect(roundTrip(undefined)).toBeUndefined();
    const typed = roundTrip(Float64Array.of(0.5, NaN, -2));
    expect(typed).toBeInstanceOf(Float64Array);
    expect(Array.from(typed as Float64Array)).toEqual([0.5, NaN, -2]);
    expect(roundTrip(Int32Array.of(3, -4))).toEqual(Int32Array.of(3, -4));
  });

  it("encode(value) keeps plain data: numbers, texts, booleans, null, arrays, plain objects", () => {
    const value = { w: [0.25, -1], b: 3, name: "ce", ok: true, none: null, nested: { deep: [[1], [2, 3]] } };
    expect(roundTrip(value)).toEqual(value);
  });

  it("a student's object with a '$' key cannot pass for a tag", () => {
    expect(roundTrip({ $: "NaN" })).toEqual({ $: "NaN" });
    expect(roundTrip([{ $: "unsupported", v: "x" }])).toEqual([{ $: "unsupported", v: "x" }]);
  });

  it("functions, class instances, Maps, cycles and huge values travel as a short description", () => {
    class Secret {
      x = 1;
    }
    const cycle: Record<string, unknown> = {};
    cycle.self = cycle;
    expect(roundTrip(() => 1)).toEqual(new Unrepresentable("a function"));
    expect(roundTrip(new Secret())).toEqual(new Unrepresentable("an object of class Secret"));
    expect(roundTrip(new Map())).toEqual(new Unrepresentable("an object of class Map"));
    expect((roundTrip(cycle) as Record<string, unknown>).self).toBeTypeOf("object");
    expect(JSON.stringify(encode(cycle)).length).toBeLessThan(2000);
    expect(roundTrip(new Array(LIMITS.nodes + 1).fill(0))).toBeInstanceOf(Unrepresentable);
    expect(roundTrip("x".repeat(LIMITS.text + 1))).toBeInstanceOf(Unrepresentable);
  });

  it("decode(json) never builds a __proto__ field and ignores unknown tags", () => {
    const decoded = decode(JSON.parse('{"$": "object", "v": {"__proto__": {"$": "object", "v": {"polluted": 1}}, "a": 1}}')) as Record<string, unknown>;
    expect(decoded).toEqual({ a: 1 });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(decode({ $: "Function", v: "return 1" })).toBeInstanceOf(Unrepresentable);
  });
});

describe("observe / parseObservation / brief", () => {
  it("observe(what, result) records a value, a stub or what the code threw (one short line)", () => {
    expect(observe("z", { value: 1.5 })).toEqual({ what: "z", kind: "value", value: 1.5 });
    expect(observe("z", { error: new Error("stub"), unanswered: true })).toEqual({ what: "z", kind: "unanswered" });
    const threw = observe("z", { error: new TypeError("bad\nline " + "y".repeat(1000)), unanswered: false });
    expect(threw.kind).toBe("threw");
    expect((threw as { error: string }).error.startsWith("TypeError: bad line y")).toBe(true);
    expect((threw as { error: string }).error.length).toBeLessThanOrEqual(LIMITS.error);
  });

  it("parseObservation(raw) accepts only the three shapes", () => {
    expect(parseObservation({ what: "z", kind: "value", value: 2 })).toEqual({ what: "z", kind: "value", value: 2 });
    expect(parseObservation({ what: "z", kind: "verdict", ok: true })).toBeUndefined();
    expect(parseObservation({ kind: "unanswered" })).toBeUndefined();
    expect(parseObservation("✓")).toBeUndefined();
  });

  it("brief(text, max) is one line of at most max characters", () => {
    expect(brief("a\nb\u0000c\u2028d", 80)).toBe("a b c d");
    expect(brief("x".repeat(100), 10)).toBe("xxxxxxxxx…");
  });
});
