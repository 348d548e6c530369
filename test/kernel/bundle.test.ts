import { expect, test } from "vitest";
import { instanceOf, registerDisplay } from "../../src/jupyter/display";
import { bundleOf, normalizeBundle } from "../../src/kernel/bundle";

test("normalizeBundle(bundle) base64-encodes bytes, parses JSON text and adds text/plain", () => {
  const data = normalizeBundle({ "image/png": new Uint8Array([1, 2]), "application/vnd.vegalite.v5+json": '{"mark":"bar"}' });
  expect(data["image/png"]).toBe("AQI=");
  expect(data["application/vnd.vegalite.v5+json"]).toEqual({ mark: "bar" });
  expect(typeof data["text/plain"]).toBe("string");
});

test("bundleOf(value) uses value[Symbol.for('Jupyter.display')]() when there is one", async () => {
  const value = { [Symbol.for("Jupyter.display")]: () => ({ "text/plain": "chart", "text/html": "<b>c</b>" }) };
  expect(await bundleOf(value)).toEqual({ "text/plain": "chart", "text/html": "<b>c</b>" });
});

test("bundleOf(value) is inspected text otherwise (strings quoted)", async () => {
  expect(await bundleOf("hi")).toEqual({ "text/plain": "'hi'" });
  expect(await bundleOf([1, 2])).toEqual({ "text/plain": "[ 1, 2 ]" });
});

test("bundleOf(value) is undefined when the display method returns null or undefined (the value showed itself)", async () => {
  expect(await bundleOf({ [Symbol.for("Jupyter.display")]: () => null })).toBeUndefined();
  expect(await bundleOf({ [Symbol.for("Jupyter.display")]: async () => undefined })).toBeUndefined();
});

test("bundleOf(value) asks the display registry for types the library registered", async () => {
  class Celsius {
    constructor(readonly degrees: number) {}
  }
  registerDisplay(instanceOf(Celsius), (c) => ({ "text/markdown": `**${c.degrees} °C**`, "image/png": new Uint8Array([1, 2]) }));
  expect(await bundleOf(new Celsius(21))).toEqual({ "text/markdown": "**21 °C**", "image/png": "AQI=", "text/plain": "Celsius { degrees: 21 }" });
});
