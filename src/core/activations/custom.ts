import type * as MathJs from "mathjs";
import type { MathNode } from "mathjs";
import type { Activation } from "./activation";
import { messages } from "../messages";

/** What a custom activation is made from. */
export interface ActivationDefinition {
  name: string;
  latex: string;
  derivativeLatex: string;
  f(z: number): number;
  df(z: number, a: number): number;
  symbol?: { tex: string; text: string };
  range?: readonly [number, number];
  vega?: string;
}

/**
 * Makes an element-wise activation from its formula and derivative. The built-in
 * activations write their own loops (so V8 can inline f); this generic one
 * serves custom activations.
 */
export function elementwise(definition: ActivationDefinition): Activation {
  const { f, df, symbol = { tex: "f", text: "f" }, ...rest } = definition;
  return {
    ...rest,
    symbol,
    vector: false,
    f,
    df,
    forward(z, a, offset, n) {
      for (let k = offset; k < offset + n; k++) a[k] = f(z[k]);
    },
    backward(z, a, da, dz, offset, n) {
      for (let k = offset; k < offset + n; k++) dz[k] = da[k] * df(z[k], a[k]);
    },
  };
}

let mathjs: typeof MathJs | undefined;
/** mathjs takes most of a second to load, so it is loaded when the first formula arrives, not with nnlab. */
function math(): typeof MathJs {
  return (mathjs ??= require("mathjs") as typeof MathJs);
}

/** An activation built from a formula: the formula and its derivative as mathjs strings. */
export interface CustomActivation extends Activation {
  /** The formula as given, e.g. "x / (1 + abs(x))". */
  readonly formula: string;
  /** Its derivative as a mathjs string in the same variable, e.g. "1 / (abs(x) + 1) ^ 2". */
  readonly derivativeFormula: string;
}

/** Named constants a formula may use besides its variable. */
const CONSTANTS = new Set(["pi", "e", "tau", "phi", "PI", "E", "LN2", "LN10", "LOG2E", "LOG10E", "SQRT2", "SQRT1_2"]);

/** The functions mathjs 15 can differentiate (see mathjs/lib/cjs/function/algebra/derivative.js). */
const DIFFERENTIABLE =
  "abs, sqrt, cbrt, nthRoot, exp, log, log10, pow, sin, cos, tan, sec, csc, cot, sinh, cosh, tanh, sech, csch, coth " +
  "and their inverses (asin, atanh, ...)";

/** Besides the usual rules: n·sign(n) = |n| (exact everywhere, 0 included). */
const rules = () => [...math().simplify.rules, "n * sign(n) -> abs(n)"];

/** How mathjs calls what a formula may not contain. */
const NOT_A_FORMULA: Record<string, string> = {
  AssignmentNode: "an assignment",
  FunctionAssignmentNode: "a function definition",
  ConditionalNode: "a condition (a ? b : c)",
  BlockNode: "several statements",
  ArrayNode: "a matrix",
  AccessorNode: "an index",
  IndexNode: "an index",
  ObjectNode: "an object",
  RangeNode: "a range",
  RelationalNode: "a comparison",
  ConstantNode: "a value that is not a number",
};

const call = (formula: string) => `activation(${JSON.stringify(formula)})`;
const EXPECTED = "expected a formula in one variable x (or z)";

/**
 * Builds an element-wise activation from a formula in x (or z), differentiated
 * symbolically by mathjs. Constants such as pi and e are allowed.
 *
 * Syntax:
 *   customActivation(formula)
 *   customActivation(formula, { name })   // name defaults to the formula
 *
 * The derivative is taken with mathjs `derivative` and simplified. mathjs
 * writes d|u|/dx as u'·|u|/u, which is 0/0 at u = 0; every such |u|/u is
 * rewritten to sign(u) before simplifying (equal wherever u ≠ 0, and 0 at
 * u = 0, the usual subgradient), and n·sign(n) is simplified back to |n|.
 * So softsign's derivative is 1 / (|x| + 1)², which is 1 at 0.
 *
 * Throws when the formula does not parse, has zero or several variables, uses
 * a function mathjs cannot differentiate, or (when evaluated) gives something
 * other than a real number, e.g. sqrt(x) at x = −1.
 *
 * @example
 *   const softsign = customActivation("x / (1 + abs(x))");
 *   softsign.f(1);                  // 0.5
 *   softsign.df(0, 0);              // 1
 *   softsign.derivativeFormula;     // "1 / (abs(x) + 1) ^ 2"
 *   softsign.latex;                 // "\\frac{z}{1+\\left|z\\right|}"
 *   customActivation("log(1 + exp(z))", { name: "softplus" }).df(0, 0);  // 0.5
 */
export function customActivation(formula: string, options: { name?: string } = {}): CustomActivation {
  const node = parseFormula(formula);
  const variable = onlyVariable(formula, node);
  const slope = differentiate(formula, node, variable);
  const f = compile(formula, node, variable, "the formula");
  const slopeAt = compile(formula, slope, variable, `its derivative ${slope.toString()}`);
  return {
    ...elementwise({
      name: options.name ?? formula,
      latex: latexInZ(node, variable),
      derivativeLatex: latexInZ(slope, variable),
      f,
      df: (z) => slopeAt(z),
    }),
    formula,
    derivativeFormula: slope.toString(),
  };
}

function parseFormula(formula: string): MathNode {
  if (formula.trim() === "") throw new Error(messages.formulaEmpty(call(formula), EXPECTED));
  let node: MathNode;
  try {
    node = math().parse(formula);
  } catch (error) {
    const { message, char } = error as { message: string; char?: number };
    const caret = typeof char === "number" ? `\n  ${formula}\n  ${" ".repeat(Math.max(0, char - 1))}^` : "";
    throw new Error(messages.formulaParse(call(formula), message, caret));
  }
  node.traverse((n) => {
    const allowed =
      (math().isConstantNode(n) && typeof n.value === "number") ||
      math().isSymbolNode(n) ||
      math().isOperatorNode(n) ||
      math().isParenthesisNode(n) ||
      (math().isFunctionNode(n) && math().isSymbolNode(n.fn));
    if (!allowed) {
      const kind = NOT_A_FORMULA[n.type] ?? `a mathjs ${n.type}`;
      throw new Error(messages.formulaNode(call(formula), EXPECTED, n.toString(), kind));
    }
  });
  return node;
}

/** The formula's one free variable, x or z: symbols that are neither function names nor constants. */
function onlyVariable(formula: string, node: MathNode): "x" | "z" {
  const names: string[] = [];
  node.traverse((n, path, parent) => {
    const isFunctionName = path === "fn" && math().isFunctionNode(parent);
    if (math().isSymbolNode(n) && !isFunctionName && !CONSTANTS.has(n.name) && !names.includes(n.name)) names.push(n.name);
  });
  if (names.length === 1 && (names[0] === "x" || names[0] === "z")) return names[0];
  const found = names.length === 0 ? "no variable" : names.join(", ");
  throw new Error(messages.formulaVariables(call(formula), EXPECTED, found));
}

/** d(node)/d(variable), simplified, with every |u|/u from the abs rule turned into sign(u). */
function differentiate(formula: string, node: MathNode, variable: string): MathNode {
  let raw: MathNode;
  try {
    raw = math().derivative(node, variable, { simplify: false });
  } catch (error) {
    const { message } = error as Error;
    const what = /Cannot process (?:function|operator) "([^"]+)"/.exec(message)?.[1];
    throw new Error(messages.formulaDerivative(call(formula), EXPECTED, what, message, DIFFERENTIABLE));
  }
  const signed = raw.transform((n) => {
    if (!math().isOperatorNode(n) || n.fn !== "divide" || n.args.length !== 2) return n;
    const [top, u] = n.args;
    const isAbsOfU =
      math().isFunctionNode(top) && math().isSymbolNode(top.fn) && top.fn.name === "abs" && top.args.length === 1 && top.args[0].equals(u);
    return isAbsOfU ? new (math().FunctionNode)(new (math().SymbolNode)("sign"), [u]) : n;
  });
  return math().simplify(signed, rules());
}

/**
 * Compiles node once into a function of one number. The scope Map is reused
 * across calls (one entry, overwritten), so a call allocates no scope object.
 */
function compile(formula: string, node: MathNode, variable: string, what: string): (value: number) => number {
  const code = node.compile();
  const scope = new Map<string, number>([[variable, 0]]);
  return (value) => {
    scope.set(variable, value);
    const result: unknown = code.evaluate(scope);
    if (typeof result === "number") return result;
    throw new Error(messages.formulaNotReal(call(formula), variable, value, what, math().format(result), math().typeOf(result)));
  };
}

/** LaTeX with the variable written as z (the library's name for a weighted sum). */
function latexInZ(node: MathNode, variable: string): string {
  const inZ = node.transform((n, path) => (math().isSymbolNode(n) && n.name === variable && path !== "fn" ? new (math().SymbolNode)("z") : n));
  // mathjs puts a space before each symbol (so "\cdot x" stays two tokens); keep it only after a letter.
  return inZ.toTex({ parenthesis: "auto" }).replace(/(^|[^A-Za-z\\]) +/g, "$1");
}
