/** Every message of the autodiff room (Value, gradCheck), in one place. */
export const messages = {
  negativePower: (x: number, exponent: number, label: string) =>
    `Value.pow(): a negative base to a non-integer power is not a real number, got (${x}) ** ${exponent}${label}.`,
  logNotPositive: (x: number, label: string) => `Value.log(): log is defined only for positive numbers, got ${x}${label}.`,
  dotLengths: (a: number, b: number) => `Value.dot(a, b): a and b must have the same length, got ${a} and ${b}.`,
} as const;
