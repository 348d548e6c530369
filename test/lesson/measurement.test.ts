import { describe, expect, it } from "vitest";
import { measured, MEASUREMENT_MIME } from "../../src/lesson";

const bundleOf = (value: object) => (value as Record<symbol, () => unknown>)[Symbol.for("Jupyter.display")]();

describe("measured", () => {
  it("measured(name, values) displays one line and carries the values under its own MIME type", () => {
    const m = measured("overfitting", { bestEpoch: 775, finalValLoss: 0.33157, rose: true });
    expect(m.toString()).toBe("overfitting: bestEpoch = 775, finalValLoss = 0.3316, rose = true");
    expect(bundleOf(m)).toEqual({
      [MEASUREMENT_MIME]: { name: "overfitting", values: { bestEpoch: 775, finalValLoss: 0.33157, rose: true } },
      "text/plain": "overfitting: bestEpoch = 775, finalValLoss = 0.3316, rose = true",
    });
  });
});
