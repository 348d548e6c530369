/**
 * A NaN or ±Infinity appeared inside the network: where it first appeared
 * (layer, neuron, sample) and in which quantity (z, a, the loss, dL/dz).
 */
export class NonFiniteError extends Error {
  override name = "NonFiniteError";
  constructor(
    message: string,
    readonly quantity: string,
    readonly value: number,
    readonly layer?: number,
    readonly neuron?: number,
    readonly sample?: number,
  ) {
    super(message);
  }
}
