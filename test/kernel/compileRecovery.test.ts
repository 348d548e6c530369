import * as ts from "typescript";
import { expect, test } from "vitest";
import { createCellCompiler, type Converter } from "../../src/kernel/compile";

/**
 * A stand-in for tslab's converter that breaks the way the real one does: after
 * `breakAfter` calls, every call throws "Unexpected pending rebuildTimer".
 */
function fakeConverters(breakAfter: number) {
  const seen: { instance: number; prevDecl: string; src: string }[] = [];
  const modules: { instance: number; name: string }[] = [];
  let instances = 0;
  const load = (): Converter => {
    const instance = ++instances;
    let calls = 0;
    const guard = () => {
      if (instance === 1 && ++calls > breakAfter) throw new Error("Unexpected pending rebuildTimer");
    };
    return {
      convert(prevDecl, src) {
        guard();
        seen.push({ instance, prevDecl, src });
        const name = /const (\w+)/.exec(src)?.[1];
        return { diagnostics: [], output: `${src}\n`, declOutput: `${prevDecl}${name ? `declare const ${name}: number;\n` : ""}` };
      },
      inspect: () => (guard(), undefined),
      complete: () => (guard(), undefined),
      addModule(name) {
        guard();
        modules.push({ instance, name });
        return [];
      },
      close() {},
    };
  };
  return { load, seen, modules, instances: () => instances };
}

test("a converter left broken by one failure is replaced, and the next cell still sees every earlier declaration and module", () => {
  const fake = fakeConverters(2);
  const compiler = createCellCompiler(ts, fake.load);
  const c = compiler.converter;
  c.addModule("helpers", "export const h = 1;");
  c.convert("", "const a = 1;");
  compiler.takeCell()?.commit();
  c.convert("", "const b = a + 1;"); // the first converter breaks here
  compiler.takeCell()?.commit();
  c.convert("", "const d = a + b;");
  compiler.takeCell()?.commit();
  expect(fake.instances()).toBe(2);
  expect(fake.seen.map((s) => [s.instance, s.src])).toEqual([[1, "const a = 1;"], [2, "const b = a + 1;"], [2, "const d = a + b;"]]);
  // The fresh converter got the earlier cells' declarations, and the module again.
  expect(fake.seen[1].prevDecl).toBe("declare const a: number;\n");
  expect(fake.seen[2].prevDecl).toBe("declare const a: number;\ndeclare const b: number;\n");
  expect(fake.modules).toEqual([{ instance: 1, name: "helpers" }, { instance: 2, name: "helpers" }]);
});

test("an error the fresh converter also throws reaches the caller (no endless retries)", () => {
  let loads = 0;
  const broken = (): Converter => {
    loads++;
    const fail = () => { throw new Error("converter bug"); };
    return { convert: fail, inspect: fail, complete: fail, addModule: fail, close() {} };
  };
  const compiler = createCellCompiler(ts, broken);
  expect(() => compiler.converter.convert("", "1 + 1")).toThrow("converter bug");
  expect(loads).toBe(2);
});
