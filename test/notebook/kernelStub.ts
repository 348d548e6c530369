/** A stand-in for the nnlab kernel's display sink (globalThis[Symbol.for("nnlab.kernel")]), recording what was sent. */
export interface Sent {
  data: Record<string, unknown>;
  metadata: Record<string, unknown>;
  transient: { display_id?: string };
  update: boolean;
}

export function withKernel<T>(run: (sent: Sent[]) => T): T {
  const key = Symbol.for("nnlab.kernel");
  const sent: Sent[] = [];
  const g = globalThis as Record<symbol, unknown>;
  const before = g[key];
  g[key] = { display: (content: Omit<Sent, "update">, update: boolean) => sent.push({ ...content, update }), clearOutput() {} };
  try {
    return run(sent);
  } finally {
    g[key] = before;
  }
}
