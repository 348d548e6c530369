/**
 * What a check yields while a submission is graded: the student's answer as
 * data, never a verdict. The student's kernel evaluates each check's answer
 * and sends it as an observation (a display_data with OBSERVATION_MIME); a
 * trusted kernel running the teacher's notebook judges it (see ./grading.ts).
 *
 * Values travel as JSON with the numbers JSON cannot hold tagged: every JSON
 * object in an encoded value is a tag `{ $: … }`, so a student's object can
 * never pass for one. Encoding is capped in depth and size; what does not fit
 * or is not data (a function, a Map, a class instance) travels as a short
 * description, which a check then reports as the wrong kind of answer.
 */

/** The MIME type of an observation in a notebook's outputs. */
export const OBSERVATION_MIME = "application/vnd.nnlab.observation+json";

export type Encoded = null | boolean | number | string | Encoded[] | { $: string; v?: unknown };

export type Observation =
  | { what: string; kind: "value"; value: Encoded }
  | { what: string; kind: "unanswered" }
  | { what: string; kind: "threw"; error: string };

/** Longest string, error text and `what` an observation keeps; deepest nesting; most values in one answer. */
export const LIMITS = { text: 2000, error: 300, depth: 8, nodes: 200_000 } as const;

const TYPED = ["Float64Array", "Float32Array", "Int32Array", "Int16Array", "Int8Array", "Uint32Array", "Uint16Array", "Uint8Array", "Uint8ClampedArray"] as const;
type TypedName = (typeof TYPED)[number];

class TooLarge extends Error {}

/** The JSON form of a value the student's code returned. */
export function encode(value: unknown): Encoded {
  let nodes = 0;
  const walk = (x: unknown, depth: number): Encoded => {
    if (++nodes > LIMITS.nodes) throw new TooLarge();
    if (x === null || typeof x === "boolean") return x;
    if (typeof x === "number") {
      if (Number.isNaN(x)) return { $: "NaN" };
      if (x === Infinity) return { $: "Infinity" };
      if (x === -Infinity) return { $: "-Infinity" };
      if (Object.is(x, -0)) return { $: "-0" };
      return x;
    }
    if (typeof x === "string") return x.length > LIMITS.text ? { $: "unsupported", v: `a text of ${x.length} characters` } : x;
    if (x === undefined) return { $: "undefined" };
    if (typeof x !== "object") return { $: "unsupported", v: typeof x === "function" ? "a function" : `a ${typeof x}` };
    if (depth >= LIMITS.depth) return { $: "unsupported", v: `values nested more than ${LIMITS.depth} deep` };
    if (Array.isArray(x)) return Array.from(x, (item) => walk(item, depth + 1));
    if (ArrayBuffer.isView(x)) {
      const name = Object.prototype.toString.call(x).slice(8, -1);
      if (!(TYPED as readonly string[]).includes(name)) return { $: "unsupported", v: `a ${name}` };
      const items = Array.from(x as unknown as ArrayLike<number>);
      nodes += items.length;
      if (nodes > LIMITS.nodes) throw new TooLarge();
      return { $: name, v: items.map((n) => walk(n, depth + 1)) };
    }
    const proto = Object.getPrototypeOf(x);
    if (proto !== Object.prototype && proto !== null) return { $: "unsupported", v: `an object of class ${className(x)}` };
    const fields: Record<string, Encoded> = {};
    for (const key of Object.keys(x)) fields[key] = walk((x as Record<string, unknown>)[key], depth + 1);
    return { $: "object", v: fields };
  };
  try {
    return walk(value, 0);
  } catch (error) {
    if (error instanceof TooLarge) return { $: "unsupported", v: `more than ${LIMITS.nodes} values` };
    return { $: "unsupported", v: "a value that could not be read" };
  }
}

/** A value that could not travel as data, e.g. a function: checks describe it, it never equals anything. */
export class Unrepresentable {
  constructor(readonly description: string) {}
  toString(): string {
    return this.description;
  }
}

/** The value an encoded answer stands for, rebuilt in the judging kernel. */
export function decode(encoded: unknown, depth = 0): unknown {
  if (depth > LIMITS.depth + 1) return new Unrepresentable("values nested too deep");
  if (encoded === null || typeof encoded === "boolean" || typeof encoded === "number") return encoded;
  if (typeof encoded === "string") return encoded.slice(0, LIMITS.text);
  if (Array.isArray(encoded)) return encoded.map((item) => decode(item, depth + 1));
  if (typeof encoded !== "object") return new Unrepresentable("an unknown value");
  const { $: tag, v } = encoded as { $?: unknown; v?: unknown };
  switch (tag) {
    case "NaN":
      return NaN;
    case "Infinity":
      return Infinity;
    case "-Infinity":
      return -Infinity;
    case "-0":
      return -0;
    case "undefined":
      return undefined;
    case "object": {
      const fields: Record<string, unknown> = {};
      if (v && typeof v === "object" && !Array.isArray(v)) {
        for (const [key, item] of Object.entries(v)) {
          if (key !== "__proto__") fields[key] = decode(item, depth + 1);
        }
      }
      return fields;
    }
    case "unsupported":
      return new Unrepresentable(brief(v, 80));
    default:
      if ((TYPED as readonly unknown[]).includes(tag) && Array.isArray(v)) {
        return (globalThis as unknown as Record<TypedName, { from(items: number[]): unknown }>)[tag as TypedName].from(v.map((n) => decode(n, depth + 1) as number));
      }
      return new Unrepresentable("an unknown value");
  }
}

/** The observation for one check, from what its answer gave (`result`) or threw. */
export function observe(what: string, result: { value: unknown } | { error: unknown; unanswered: boolean }): Observation {
  const label = brief(what, LIMITS.text);
  if ("value" in result) return { what: label, kind: "value", value: encode(result.value) };
  if (result.unanswered) return { what: label, kind: "unanswered" };
  return { what: label, kind: "threw", error: brief(errorText(result.error), LIMITS.error) };
}

/** An observation read back from JSON, or undefined when it is not one. */
export function parseObservation(raw: unknown): Observation | undefined {
  if (!raw || typeof raw !== "object") return undefined;
  const { what, kind } = raw as Record<string, unknown>;
  if (typeof what !== "string") return undefined;
  if (kind === "value" && "value" in (raw as object)) return { what, kind, value: (raw as { value: Encoded }).value };
  if (kind === "unanswered") return { what, kind };
  if (kind === "threw") return { what, kind, error: brief((raw as { error?: unknown }).error, LIMITS.error) };
  return undefined;
}

/**
 * A student-supplied text made safe to echo in a verdict: one line, no
 * control characters, at most `max` characters (so verdicts cannot carry out
 * much of anything the student's code saw, such as a hidden test's inputs).
 */
export function brief(text: unknown, max: number): string {
  const line = String(typeof text === "string" ? text : text ?? "")
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ")
    .trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
}

function errorText(error: unknown): string {
  try {
    if (error instanceof Error) return `${String(error.name)}: ${String(error.message)}`;
    return String(error);
  } catch {
    return "an exception that could not be read";
  }
}

function className(x: object): string {
  try {
    const name = (x as { constructor?: { name?: unknown } }).constructor?.name;
    return typeof name === "string" && /^[A-Za-z_$][\w$]{0,40}$/.test(name) ? name : "unknown";
  } catch {
    return "unknown";
  }
}
