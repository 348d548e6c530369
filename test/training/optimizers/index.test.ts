import { describe, expect, test } from "vitest";
import {
  adagrad,
  adam,
  isOptimizerName,
  momentum,
  optimizer,
  Optimizers,
  rmsprop,
  sgd,
  type AdamOptions,
  type OptimizerOptions,
} from "../../../src/training/optimizers";

describe("optimizers index", () => {
  test("Optimizers lists the five built-in optimizers by name", () => {
    expect(Object.keys(Optimizers)).toEqual(["sgd", "momentum", "adagrad", "rmsprop", "adam"]);
    expect(Optimizers).toEqual({ sgd, momentum, adagrad, rmsprop, adam });
  });

  test("isOptimizerName(x) accepts exactly the table's names", () => {
    for (const name of ["sgd", "momentum", "adagrad", "rmsprop", "adam"]) expect(isOptimizerName(name)).toBe(true);
    for (const x of ["Adam", "nesterov", "toString", "", 42, undefined, null, {}]) expect(isOptimizerName(x)).toBe(false);
  });

  test('optimizer(name, options) makes that optimizer with those options', () => {
    const a = optimizer("adam", { learningRate: 0.01, beta1: 0.8 });
    expect(a.name).toBe("adam");
    expect(a.learningRate).toBe(0.01);
    expect(optimizer("momentum", { nesterov: true }).name).toBe("nesterov");
    expect(optimizer("rmsprop").learningRate).toBe(0.01);
    expect(optimizer("sgd").name).toBe("sgd");
    expect(optimizer("adagrad").name).toBe("adagrad");
    const options: OptimizerOptions<"adam"> = { beta2: 0.99 } satisfies AdamOptions;
    expect(optimizer("adam", options).name).toBe("adam");
  });

  test("optimizer(name, options) validates the options as the optimizer itself does", () => {
    expect(() => optimizer("adam", { beta1: 1.2 })).toThrow("adam({ beta1 }): beta1 must be in [0, 1), got 1.2");
    // @ts-expect-error sgd has no beta
    expect(() => optimizer("sgd", { beta: 0.9 })).toThrow(
      'sgd({ beta }): unknown option "beta"; the options are learningRate',
    );
  });

  test("optimizer(object) returns the same Optimizer", () => {
    const opt = sgd({ learningRate: 0.5 });
    expect(optimizer(opt)).toBe(opt);
    expect(() => optimizer(opt as unknown as "sgd", { learningRate: 1 })).toThrow(
      "optimizer(sgd, options): options only go with a name; set them on the optimizer itself",
    );
  });

  test("optimizer(name) throws on an unknown name, listing the known ones", () => {
    expect(() => optimizer("foo" as "sgd")).toThrow(
      'Unknown optimizer "foo". Expected one of: sgd, momentum, adagrad, rmsprop, adam.',
    );
    expect(() => optimizer(undefined as unknown as "sgd")).toThrow("Unknown optimizer undefined.");
  });
});
