import { it } from "vitest";
import { mlp, random } from "../../src/core";
it("dbg", () => {
  for (let seed = 1; seed < 5; seed++) {
  const net = mlp([4, 6, 6, 6, 3], { hidden: "relu", output: "sigmoid", seed });
  const rng = random(5);
  const x = [[0.3, -0.7, 1.1, 0.2]], y = [[0.1, 0.5, -0.3]];
  const t = net.forward(x[0]);
  console.log(seed, t.layers[1].z, t.layers[0].a);
  const g = net.backward(t, y[0], "mse");
  const w = net.layers[1].weights;
  for (let k = 0; k < 36; k++) {
    if (g.layers[1].dw[Math.floor(k / 6)][k % 6] !== 0) continue;
    const s = w[k];
    const vals = [2e-5, 1e-5, -1e-5, -2e-5].map((d) => { w[k] = s + d; const L = net.loss(x, y, "mse"); return L; });
    w[k] = s;
    const base = net.loss(x, y, "mse");
    if (vals.some((v) => v !== base)) console.log(k, vals.map((v) => v - base), t.layers[1].z[Math.floor(k/6)], t.layers[0].a[k%6]);
  }
  }
});
