import { describe, expect, it } from "vitest";
import { customActivation } from "../../../src/core/activations/custom";

/** Points from −6 to 6, with 0 among them. */
const points = Array.from({ length: 49 }, (_, i) => (i - 24) / 4);

/** Expects b to match a to a relative error below 1e-12. */
function expectClose(a: number, b: number): void {
  expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-12 * Math.max(1, Math.abs(a)));
}

/** The error thrown by fn, for its message. */
function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error("expected an error");
}

describe("customActivation(formula)", () => {
  it('customActivation("x / (1 + abs(x))") has derivative 1/(1+|x|)^2', () => {
    const softsign = customActivation("x / (1 + abs(x))");
    for (const x of points) {
      expectClose(softsign.f(x), x / (1 + Math.abs(x)));
      expectClose(softsign.df(x, softsign.f(x)), 1 / (1 + Math.abs(x)) ** 2);
    }
    expect(softsign.f(0)).toBe(0);
    expect(softsign.df(0, 0)).toBe(1);
    expect(softsign.derivativeFormula).toBe("1 / (abs(x) + 1) ^ 2");
  });

  it('customActivation("x / (1 + abs(x))") is named by its formula, writes LaTeX in z, is element-wise', () => {
    const softsign = customActivation("x / (1 + abs(x))");
    expect(softsign.name).toBe("x / (1 + abs(x))");
    expect(softsign.formula).toBe("x / (1 + abs(x))");
    expect(softsign.latex).toBe("\\frac{z}{1+\\left|z\\right|}");
    expect(softsign.derivativeLatex).toBe("\\frac{1}{{\\left(\\left|z\\right|+1\\right)}^{2}}");
    expect(softsign.vector).toBe(false);
  });

  it('customActivation("log(1 + exp(x))", { name: "softplus" }) has the sigmoid as derivative', () => {
    const softplus = customActivation("log(1 + exp(x))", { name: "softplus" });
    expect(softplus.name).toBe("softplus");
    expect(softplus.derivativeFormula).toBe("exp(x) / (exp(x) + 1)");
    expect(softplus.latex).toBe("\\ln\\left(1+\\exp\\left(z\\right)\\right)");
    expect(softplus.derivativeLatex).toBe("\\frac{\\exp\\left(z\\right)}{\\exp\\left(z\\right)+1}");
    for (const x of points) {
      expectClose(softplus.f(x), Math.log(1 + Math.exp(x)));
      expectClose(softplus.df(x, softplus.f(x)), 1 / (1 + Math.exp(-x)));
    }
  });

  it('customActivation("x^3") has derivative 3x^2', () => {
    const cube = customActivation("x^3");
    expect(cube.derivativeFormula).toBe("3 * x ^ 2");
    expect(cube.latex).toBe("{z}^{3}");
    expect(cube.derivativeLatex).toBe("3\\cdot{z}^{2}");
    for (const x of points) expectClose(cube.df(x, cube.f(x)), 3 * x * x);
  });

  it('customActivation("z * tanh(log(1 + exp(z)))") takes its formula in z', () => {
    const mish = customActivation("z * tanh(log(1 + exp(z)))");
    expect(mish.derivativeFormula).toBe(
      "tanh(log(exp(z) + 1)) + z * exp(z) * sech(log(exp(z) + 1)) ^ 2 / (exp(z) + 1)",
    );
    expect(mish.latex).toBe("z\\cdot\\tanh\\left(\\ln\\left(1+\\exp\\left(z\\right)\\right)\\right)");
    for (const z of points) expectClose(mish.f(z), z * Math.tanh(Math.log(1 + Math.exp(z))));
    expectClose(mish.df(0, 0), 0.6); // tanh(ln 2) = 3/5
  });

  it('customActivation("x^2 / 2 + e") accepts the constants e and pi', () => {
    expect(customActivation("x^2 / 2 + e").f(0)).toBe(Math.E);
    expect(customActivation("x^2 / 2 + e").derivativeFormula).toBe("x");
    const shifted = customActivation("sin(x) + pi * x");
    expect(shifted.latex).toBe("\\sin\\left(z\\right)+\\pi\\cdot z");
    expectClose(shifted.df(0, 0), 1 + Math.PI);
  });

  it('customActivation("abs(x)") and other abs formulas have a finite derivative at the kink', () => {
    expect(customActivation("abs(x)").derivativeFormula).toBe("sign(x)");
    expect(customActivation("abs(x)").df(0, 0)).toBe(0);
    expect(customActivation("abs(x)").df(-2, 2)).toBe(-1);
    expect(customActivation("x * abs(x)").derivativeFormula).toBe("2 * abs(x)");
    expect(customActivation("abs(x)^3").derivativeFormula).toBe("3 * sign(x) * abs(x) ^ 2");
    expect(customActivation("abs(x)^3").df(0, 0)).toBe(0);
    expect(customActivation("log(1 + abs(x))").derivativeFormula).toBe("sign(x) / (abs(x) + 1)");
    expect(customActivation("abs(2 * x + 1)").df(-0.5, 0)).toBe(0);
  });

  it("customActivation(formula).df agrees with central finite differences away from kinks", () => {
    const formulas = [
      "x / (1 + abs(x))",
      "log(1 + exp(x))",
      "x^3",
      "z * tanh(log(1 + exp(z)))",
      "x / (1 + exp(-x))",
      "exp(-x^2)",
      "sqrt(x^2 + 1) - 1",
      "atan(x)",
      "log(1 + abs(x))",
      "abs(x)^3",
    ];
    const h = 1e-5;
    for (const formula of formulas) {
      const { f, df } = customActivation(formula);
      for (const x of [-3.7, -1.3, -0.4, 0.3, 0.9, 2.2, 3.1]) {
        const slope = (f(x + h) - f(x - h)) / (2 * h);
        const exact = df(x, f(x));
        expect(Math.abs(exact - slope) / Math.abs(exact), `${formula} at ${x}`).toBeLessThan(1e-6);
      }
    }
  });

  it("customActivation(formula).forward(z, a, offset, n) and .backward(...) write only their row", () => {
    const softsign = customActivation("x / (1 + abs(x))");
    const z = Float64Array.from([9, 9, -2, 0, 0.5, 3, 9, 9]);
    const a = new Float64Array(8).fill(-7);
    softsign.forward(z, a, 2, 4);
    expect(Array.from(a)).toEqual([-7, -7, -2 / 3, 0, 0.5 / 1.5, 0.75, -7, -7]);

    const da = Float64Array.from([5, 5, 1, 2, 3, 4, 5, 5]);
    const dz = new Float64Array(8).fill(-7);
    softsign.backward(z, a, da, dz, 2, 4);
    expect(Array.from(dz)).toEqual([-7, -7, 1 / 9, 2, 3 / 2.25, 4 / 16, -7, -7]);
  });

  describe("errors", () => {
    it('customActivation("x * y") throws: several variables', () => {
      expect(thrown(() => customActivation("x * y"))).toBe(
        'activation("x * y"): expected a formula in one variable x (or z), found x, y.',
      );
      expect(thrown(() => customActivation("x + z"))).toBe(
        'activation("x + z"): expected a formula in one variable x (or z), found x, z.',
      );
      expect(thrown(() => customActivation("w^2"))).toBe(
        'activation("w^2"): expected a formula in one variable x (or z), found w.',
      );
    });

    it('customActivation("2 + pi") and customActivation("") throw: no variable', () => {
      expect(thrown(() => customActivation("2 + pi"))).toBe(
        'activation("2 + pi"): expected a formula in one variable x (or z), found no variable.',
      );
      expect(thrown(() => customActivation("  "))).toBe(
        'activation("  "): expected a formula in one variable x (or z), found an empty string.',
      );
    });

    it('customActivation("x / (1 +") throws mathjs\'s parse error and its position', () => {
      expect(thrown(() => customActivation("x / (1 +"))).toBe(
        'activation("x / (1 +"): mathjs cannot parse the formula: Unexpected end of expression (char 9).\n' +
          "  x / (1 +\n" +
          "          ^",
      );
      expect(thrown(() => customActivation("x ** 2"))).toContain("Value expected (char 4).\n  x ** 2\n     ^");
    });

    it('customActivation("max(0, x)^2") throws: mathjs cannot differentiate max', () => {
      const message = thrown(() => customActivation("max(0, x)^2"));
      expect(message).toMatch(/^activation\("max\(0, x\)\^2"\): mathjs cannot differentiate "max"; expected a formula/);
      expect(message).toContain("+ - * / ^ and abs, sqrt,");
      expect(thrown(() => customActivation("x > 0"))).toContain('mathjs cannot differentiate ">"');
    });

    it('customActivation("x > 0 ? x : 0") and customActivation("x = 2") throw: not a formula', () => {
      expect(thrown(() => customActivation("x > 0 ? x : 0"))).toBe(
        'activation("x > 0 ? x : 0"): expected a formula in one variable x (or z) built from numbers, operators and ' +
          'functions; "(x > 0) ? x : 0" is a condition (a ? b : c).',
      );
      expect(thrown(() => customActivation("x = 2"))).toContain('"x = 2" is an assignment.');
    });

    it('customActivation("sqrt(x)").f(-1) throws: a complex value', () => {
      const root = customActivation("sqrt(x)");
      expect(root.f(4)).toBe(2);
      expect(thrown(() => root.f(-1))).toBe(
        'activation("sqrt(x)"): at x = -1, the formula gives i (a Complex), not a real number. ' +
          "Use a formula that is real for every x the network can feed it.",
      );
      const row = Float64Array.from([1, -4]);
      expect(thrown(() => root.forward(row, new Float64Array(2), 0, 2))).toContain("at x = -4");
    });

    it('customActivation("cbrt(z)").df(-8, -2) throws: its derivative is complex there', () => {
      const message = thrown(() => customActivation("cbrt(z)").df(-8, -2));
      expect(message).toMatch(/^activation\("cbrt\(z\)"\): at z = -8, its derivative z \^ \(-2 \/ 3\) \/ 3 gives .*\(a Complex\)/);
    });
  });
});
