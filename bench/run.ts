/**
 * npm run bench: trains two workloads with nnlab (trace off and on), with
 * TensorFlow.js's CPU and WebAssembly (SIMD) backends, and with a hand-written Float64Array reference,
 * from the same initial weights in the same data order, and prints samples/s,
 * GFLOP/s and each ratio to the reference, measured in this one run.
 * It first checks that the gradients agree on the first mini-batch.
 *
 * NNLAB_BENCH_FAST=1 (`npm run bench:fast`, a smoke test for CI): the same
 * races with fewer epochs and runs, well under a minute; its ratios are rougher.
 */
import * as os from "os";
import { circle, digits } from "../src/data";
import { mlp, random, sgd, train, type Network } from "../src";
import { ReferenceMlp, type Hidden, type Output } from "./reference";
import { TfMlp, useBackend, type Backend } from "./tfjs";

interface Workload {
  name: string;
  sizes: number[];
  hidden: Hidden;
  output: Output;
  data: { x: number[][]; y: number[][] };
  batch: number;
  epochs: number;
  lr: number;
  runs: number;
  tfRuns: number;
}

const SEED = 11;
const FAST = process.env.NNLAB_BENCH_FAST === "1";

function workloads(): Workload[] {
  const full: Workload[] = [
    { name: "A playground 2-8-8-1", sizes: [2, 8, 8, 1], hidden: "tanh", output: "sigmoid-bce", data: circle({ n: 1000, seed: 1 }), batch: 10, epochs: 50, lr: 0.1, runs: 15, tfRuns: 3 },
    { name: "B digits 784-128-10", sizes: [784, 128, 10], hidden: "relu", output: "softmax-ce", data: digits({ n: 2000, seed: 1 }), batch: 32, epochs: 2, lr: 0.05, runs: 7, tfRuns: 3 },
  ];
  // Fast mode trains A for fewer epochs but keeps B's two: with one epoch, train()'s evaluation of the
  // untrained network (epoch 0) would weigh twice what it does in the full benchmark.
  return FAST ? full.map((w) => ({ ...w, epochs: w.epochs > 2 ? Math.round(w.epochs / 5) : w.epochs, runs: 3, tfRuns: 1 })) : full;
}

const newNet = (w: Workload): Network => mlp(w.sizes, { hidden: w.hidden, output: w.output === "sigmoid-bce" ? "sigmoid" : "softmax", seed: 3 });

/** The sample order nnlab's train uses: one seeded generator, one in-place shuffle per epoch. */
function orders(n: number, epochs: number): Uint32Array[] {
  const rng = random(SEED);
  const order = Uint32Array.from({ length: n }, (_, s) => s);
  return Array.from({ length: epochs + 1 }, (_, e) => (e === 0 ? order.slice() : (rng.shuffleIndices(order), order.slice())));
}

function pack(rows: number[][]): Float64Array {
  const out = new Float64Array(rows.length * rows[0].length);
  rows.forEach((row, s) => out.set(row, s * row.length));
  return out;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Median samples/s of each contender over `runs` fresh runs, after one warm-up
 * run each. The contenders take turns (round-robin), so a burst of load on the
 * machine slows all of them alike instead of one.
 */
function race(samples: number, runs: number, contenders: Record<string, () => void>): Record<string, number> {
  const rates: Record<string, number[]> = {};
  for (const [name, run] of Object.entries(contenders)) {
    run();
    rates[name] = [];
  }
  for (let r = 0; r < runs; r++) {
    for (const [name, run] of Object.entries(contenders)) {
      const t0 = process.hrtime.bigint();
      run();
      rates[name].push(samples / (Number(process.hrtime.bigint() - t0) / 1e9));
    }
  }
  return Object.fromEntries(Object.entries(rates).map(([name, values]) => [name, median(values)]));
}

function maxRelative(a: number[], b: number[]): number {
  let worst = 0;
  a.forEach((v, k) => (worst = Math.max(worst, Math.abs(v - b[k]) / Math.max(Math.abs(v), Math.abs(b[k]), 1e-6))));
  return worst;
}

function checkGradients(w: Workload): string {
  const net = newNet(w);
  const order = orders(w.data.x.length, 1)[1];
  const rows = Array.from(order.subarray(0, w.batch));
  const xb = rows.map((r) => w.data.x[r]), yb = rows.map((r) => w.data.y[r]);
  const ours = net.backward(net.forward(xb), yb);
  const json = net.toJSON();
  const ref = new ReferenceMlp(w.sizes, w.hidden, w.output, w.batch);
  json.weights.forEach((layer, l) => { ref.w[l].set(layer.flat()); ref.b[l].set(json.biases[l]); });
  const refX = pack(xb), refY = pack(yb);
  // Load the batch through the reference's own training path: one SGD step with learning rate 0 leaves weights alone.
  ref.train(refX, refY, w.batch, 1, 0, () => Uint32Array.from(rows.keys()));
  const tfNet = new TfMlp(json.weights, json.biases, w.hidden, w.output);
  const theirs = tfNet.gradients(xb, yb);
  tfNet.dispose();
  const oursFlat = ours.layers.flatMap((g) => [...g.dw.flat(), ...g.db]);
  const refFlat = ref.dw.flatMap((dw, l) => [...dw, ...ref.db[l]]);
  const tfFlat = theirs.dw.flatMap((dw, l) => [...dw.flat(), ...theirs.db[l]]);
  const vsRef = maxRelative(oursFlat, refFlat), vsTf = maxRelative(oursFlat, tfFlat);
  const ok = vsRef < 1e-12 && vsTf < 1e-3;
  if (!ok) process.exitCode = 1;
  return `gradients on the first mini-batch: max relative difference vs reference ${vsRef.toExponential(1)} (need < 1e-12), ` +
    `vs TensorFlow.js autodiff ${vsTf.toExponential(1)} (float32; need < 1e-3) — ${ok ? "agree" : "DISAGREE"}`;
}

/** Each TensorFlow.js backend's samples/s, raced against the reference on its own (the backend is a global switch). */
async function raceTf(w: Workload, samples: number, train: { reference: () => void; tfjs: () => void }): Promise<{ backend: Backend; name: string; tfjs: number; reference: number }[]> {
  const out = [];
  for (const backend of ["cpu", "wasm"] as const) {
    const name = await useBackend(backend);
    const rates = race(samples, w.tfRuns, train);
    out.push({ backend, name, tfjs: rates.tfjs, reference: rates.reference });
  }
  await useBackend("cpu");
  return out;
}

async function main(): Promise<void> {
  await useBackend("cpu");
  const cpu = os.cpus()[0]?.model ?? "unknown CPU";
  const load = os.loadavg().map((l) => l.toFixed(2)).join(" ");
  console.log(`nnlab benchmark${FAST ? " (fast mode)" : ""} — ${cpu}, ${os.cpus().length} cores, load ${load}, Node ${process.version}, ${new Date().toISOString().slice(0, 10)}\n`);
  for (const w of workloads()) {
    const n = w.data.x.length;
    const samples = n * w.epochs;
    const weights = w.sizes.slice(1).reduce((t, size, l) => t + size * w.sizes[l], 0);
    const perEpoch = orders(n, w.epochs);
    const x = pack(w.data.x), y = pack(w.data.y);
    console.log(`${w.name}: ${n} samples × ${w.epochs} epochs, batch ${w.batch}, SGD lr ${w.lr}`);
    console.log(`  ${checkGradients(w)}`);

    const json = newNet(w).toJSON();
    const nnlab = (options: { trace?: boolean; evaluate?: boolean }) => () => {
      train(newNet(w), w.data, { epochs: w.epochs, batchSize: w.batch, optimizer: sgd({ learningRate: w.lr }), seed: SEED, ...options });
    };
    const fast = race(samples, w.runs, {
      reference: () => {
        const ref = new ReferenceMlp(w.sizes, w.hidden, w.output, w.batch);
        json.weights.forEach((layer, l) => { ref.w[l].set(layer.flat()); ref.b[l].set(json.biases[l]); });
        ref.train(x, y, n, w.epochs, w.lr, (e) => perEpoch[e]);
      },
      off: nnlab({ evaluate: false }),
      on: nnlab({ evaluate: false, trace: true }),
      defaults: nnlab({}),
    });
    // TensorFlow.js is ~100× slower on A: each backend races the reference over fewer runs.
    const tfRaces = await raceTf(w, samples, {
      reference: () => {
        const ref = new ReferenceMlp(w.sizes, w.hidden, w.output, w.batch);
        json.weights.forEach((layer, l) => { ref.w[l].set(layer.flat()); ref.b[l].set(json.biases[l]); });
        ref.train(x, y, n, w.epochs, w.lr, (e) => perEpoch[e]);
      },
      tfjs: () => {
        const m = new TfMlp(json.weights, json.biases, w.hidden, w.output);
        m.train(x, y, n, w.sizes[0], w.sizes[w.sizes.length - 1], w.epochs, w.batch, w.lr, (e) => perEpoch[e]);
        m.dispose();
      },
    });
    const reference = fast.reference, off = fast.off, on = fast.on, defaults = fast.defaults;

    const row = (label: string, rate: number) =>
      `  ${label.padEnd(44)} ${Math.round(rate).toLocaleString("en-US").padStart(11)} samples/s ` +
      `${((6 * weights * rate) / 1e9).toFixed(2).padStart(6)} GFLOP/s  ${(rate / reference).toFixed(2).padStart(6)}× reference`;
    console.log(row("reference (hand-written Float64Array)", reference));
    console.log(row("nnlab, trace off", off));
    console.log(row("nnlab, full per-neuron trace on", on));
    console.log(row("nnlab train() defaults (+ loss per epoch)", defaults));
    for (const tf of tfRaces) {
      const scaled = tf.tfjs * (reference / tf.reference);
      console.log(row(`TensorFlow.js ${tf.backend === "cpu" ? "CPU" : "WASM"} (scaled by its own race)`, scaled));
      console.log(`    ${tf.name}; raced separately: ${Math.round(tf.tfjs)} samples/s vs reference ${Math.round(tf.reference)} samples/s; nnlab (trace off) / it = ${(off / scaled).toFixed(1)}×`);
    }
    console.log("");
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
