import { createRequire } from "module";
import { describe, expect, it } from "vitest";
import { activationPlot, inKernel, MIME, send, show } from "../../src";
import { withKernel } from "./kernelStub";

const spec = activationPlot(["relu"], { samples: 3 });

describe("send", () => {
  it("send(bundle) outside a kernel sends nothing and says so", () => {
    expect(inKernel()).toBe(false);
    expect(send({ data: { [MIME.text]: "hi" }, metadata: {} })).toBe(false);
  });

  it("send(bundle, { id, update }) goes to the nnlab kernel's sink with the display id", () => {
    withKernel((sent) => {
      expect(send({ data: { [MIME.text]: "a" }, metadata: {} }, { id: "d1" })).toBe(true);
      send({ data: { [MIME.text]: "b" }, metadata: {} }, { id: "d1", update: true });
      expect(sent.map((s) => [s.data[MIME.text], s.transient.display_id, s.update])).toEqual([["a", "d1", false], ["b", "d1", true]]);
    });
  });

  it("send(bundle, { update: true }) without an id refuses", () => {
    withKernel(() => expect(() => send({ data: {}, metadata: {} }, { update: true })).toThrow(/needs the id/));
  });

  it("show(spec) inside tslab's own kernel sends the whole bundle through lastWriteDisplayData", () => {
    const jupyter = createRequire(__filename)("tslab/dist/jupyter") as { lastWriteDisplayData: unknown };
    const sent: { data: Record<string, unknown> }[] = [];
    jupyter.lastWriteDisplayData = (content: { data: Record<string, unknown> }) => sent.push(content);
    try {
      expect(inKernel()).toBe(true);
      expect(show(spec)).toBeUndefined();
      expect(Object.keys(sent[0].data).sort()).toEqual([MIME.vegaLite, MIME.png, MIME.svg, MIME.text].sort());
    } finally {
      jupyter.lastWriteDisplayData = null;
    }
    expect(inKernel()).toBe(false);
  });
});
