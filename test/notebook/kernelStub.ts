import { KERNEL_SINK, type DisplayContent } from "../../src/jupyter/display";

/** A stand-in for the nnlab kernel's display sink (globalThis[KERNEL_SINK]), recording what was sent. */
export interface Sent extends DisplayContent {
  update: boolean;
}

export function withKernel<T>(run: (sent: Sent[]) => T): T {
  const sent: Sent[] = [];
  const g = globalThis as Record<symbol, unknown>;
  const before = g[KERNEL_SINK];
  g[KERNEL_SINK] = { display: (content: DisplayContent, update: boolean) => sent.push({ ...content, update }), clearOutput() {}, page() {} };
  try {
    return run(sent);
  } finally {
    g[KERNEL_SINK] = before;
  }
}
