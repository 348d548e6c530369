import type { Activation } from "./activation";
import { messages } from "../messages";

/**
 * Leaky ReLU: z for z > 0, slope·z otherwise, so a neuron with negative z still
 * passes a small gradient (it cannot "die").
 *
 * @example
 *   leakyRelu(0.1).f(-2);  // -0.2
 *   leakyRelu().df(-2, -0.02);  // 0.01
 */
export function leakyRelu(slope = 0.01): Activation {
  if (!(Number.isFinite(slope) && slope >= 0 && slope < 1)) {
    throw new Error(messages.leakyReluSlope(slope));
  }
  return {
    name: slope === 0.01 ? "leakyRelu" : `leakyRelu(${slope})`,
    latex: `\\operatorname{LeakyReLU}(z) = \\begin{cases} z & z > 0 \\\\ ${slope}\\,z & z \\le 0 \\end{cases}`,
    derivativeLatex: `\\operatorname{LeakyReLU}'(z) = \\begin{cases} 1 & z > 0 \\\\ ${slope} & z \\le 0 \\end{cases}`,
    symbol: { tex: "\\operatorname{leakyRelu}", text: "leakyRelu" },
    range: [-Infinity, Infinity],
    vega: `datum.z > 0 ? datum.z : ${slope} * datum.z`,
    vector: false,
    f: (z) => (z > 0 ? z : slope * z),
    df: (z) => (z > 0 ? 1 : slope),
    forward(z, a, offset, n) {
      for (let k = offset; k < offset + n; k++) a[k] = z[k] > 0 ? z[k] : slope * z[k];
    },
    backward(z, _a, da, dz, offset, n) {
      for (let k = offset; k < offset + n; k++) dz[k] = z[k] > 0 ? da[k] : slope * da[k];
    },
  };
}
