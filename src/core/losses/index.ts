import { bce } from "./bce";
import { ce } from "./ce";
import type { Loss } from "./loss";
import { mse } from "./mse";
import { messages } from "../messages";

export type { Loss } from "./loss";
export { bce, ce, mse };

/** The built-in losses by name. */
export const Losses = { mse, bce, ce } as const;

export type LossName = keyof typeof Losses;

export function isLossName(name: unknown): name is LossName {
  return typeof name === "string" && Object.prototype.hasOwnProperty.call(Losses, name);
}

export type LossLike = LossName | Loss;

/**
 * Looks up a loss by name ("mse", "bce", "ce") or returns a Loss object as is.
 *
 * @example
 *   loss("mse").title;  // "mean squared error"
 */
export function loss(spec: LossLike): Loss {
  if (isLossName(spec)) return Losses[spec];
  if (spec === null || typeof spec !== "object") throw new Error(messages.unknownLoss(spec, Object.keys(Losses)));
  const missing = (["value", "gradient"] as const).filter((key) => typeof (spec as Partial<Loss>)[key] !== "function").map((key) => `${key}()`);
  if (typeof spec.name !== "string") missing.push("a name");
  if (missing.length > 0) throw new Error(messages.lossShape(missing, Object.keys(spec)));
  return spec;
}

/** The usual loss for an output activation: the loss paired with it ("bce" after sigmoid, "ce" after softmax), "mse" otherwise. */
export function defaultLoss(outputActivation: string): LossName {
  const paired = (Object.keys(Losses) as LossName[]).find((name) => Losses[name].pairedActivation === outputActivation);
  return paired ?? "mse";
}
