import { messages } from "./messages";

/**
 * The one source of randomness in nnlab: a small seeded generator, so that the
 * same seed gives the same numbers on every machine (a class sees the same
 * figures). The core is sfc32 (Chris Doty-Humphrey's Small Fast Counting
 * generator, 128-bit state), seeded through splitmix32.
 *
 * @example
 *   const rng = random(7);
 *   rng.next();      // a number in [0, 1)
 *   rng.normal();    // a standard normal sample
 *   rng.int(10);     // an integer in [0, 10)
 */
export interface Random {
  /** The seed this generator started from. */
  readonly seed: number;
  /** A uniform number in [0, 1). */
  next(): number;
  /** A uniform number in [low, high). */
  uniform(low: number, high: number): number;
  /** A normal sample with the given mean and standard deviation (default 0, 1). */
  normal(mean?: number, std?: number): number;
  /** A uniform integer in [0, n). */
  int(n: number): number;
  /** Shuffles `items` in place (Fisher–Yates) and returns it. */
  shuffle<T>(items: T[]): T[];
  /** Shuffles a typed array of indices in place and returns it. */
  shuffleIndices(indices: Uint32Array | Int32Array): Uint32Array | Int32Array;
  /** An independent generator derived from this one (for a sub-task such as dropout). */
  fork(): Random;
}

export function random(seed: number): Random {
  if (!Number.isFinite(seed)) throw new Error(messages.seed("random(seed)", seed));
  return new Sfc32(seed);
}

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

class Sfc32 implements Random {
  readonly seed: number;
  private a: number;
  private b: number;
  private c: number;
  private d: number;
  private spare: number | undefined;

  constructor(seed: number) {
    this.seed = seed;
    // Mix in the fractional part too, so seeds 1 and 1.5 differ.
    const mix = splitmix32((Math.floor(seed) ^ Math.floor((seed % 1) * 0x100000000)) >>> 0);
    this.a = mix();
    this.b = mix();
    this.c = mix();
    this.d = 1;
    for (let k = 0; k < 12; k++) this.nextUint32();
  }

  private nextUint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  next(): number {
    return this.nextUint32() / 4294967296;
  }

  uniform(low: number, high: number): number {
    return low + (high - low) * this.next();
  }

  normal(mean = 0, std = 1): number {
    // Box–Muller, keeping the second sample for the next call.
    if (this.spare !== undefined) {
      const z = this.spare;
      this.spare = undefined;
      return mean + std * z;
    }
    let u = 0;
    while (u === 0) u = this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    return mean + std * r * Math.cos(2 * Math.PI * v);
  }

  int(n: number): number {
    return Math.floor(this.next() * n);
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const t = items[i];
      items[i] = items[j];
      items[j] = t;
    }
    return items;
  }

  shuffleIndices(indices: Uint32Array | Int32Array): Uint32Array | Int32Array {
    for (let i = indices.length - 1; i > 0; i--) {
      const j = this.int(i + 1);
      const t = indices[i];
      indices[i] = indices[j];
      indices[j] = t;
    }
    return indices;
  }

  fork(): Random {
    return new Sfc32(this.nextUint32());
  }
}
