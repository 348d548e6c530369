/** Every message the chart builders give a learner, in one place. */

/** A value as a message shows it: strings quoted, arrays and objects as JSON. */
const shown = (value: unknown) => (typeof value === "string" || (typeof value === "object" && value !== null) ? JSON.stringify(value) : String(value));

/** The one wording for a bad option (the engine's): `decisionBoundary: resolution must be an integer of at least 2, got 1.` */
const option = (builder: string, name: string, expected: string, value: unknown) => `${builder}: ${name} must be ${expected}, got ${shown(value)}.`;

export const messages = {
  option,
  tooMuchData: (builder: string, what: string, count: number, limit: number, hint: string) =>
    `${builder}: ${count} ${what} is more than the limit of ${limit} that a chart keeps inline (it would make the notebook slow and large). ${hint}`,
  gridTooLarge: (builder: string, resolution: number, limit: number) =>
    `${builder}: a grid of ${resolution}×${resolution} is larger than the limit of ${limit}×${limit}. Pass { resolution: ${limit} } or less.`,
  badResolution: (builder: string, resolution: unknown) => option(builder, "resolution", "an integer of at least 2", resolution),
  notTwoInputs: (builder: string, inputs: number) =>
    `${builder}: this chart draws the input plane, so the network needs exactly 2 inputs; it has ${inputs}.`,
  notOneInput: (builder: string, inputs: number) =>
    `${builder}: this chart draws y against x, so the network needs exactly 1 input and 1 output; it has ${inputs}.`,
  badExtent: (builder: string, extent: unknown) => option(builder, "extent", "[[x1min, x1max], [x2min, x2max]] with min < max", extent),
  emptyRuns: (builder: string) => `${builder}: there is nothing to draw: expected at least one run.`,
  emptyHistory: (builder: string, name: string) => `${builder}: the run "${name}" has no epochs recorded.`,
  layerIndex: (builder: string, layer: number, hidden: number) =>
    `${builder}: layer ${layer} does not exist or has no neurons to map; the hidden layers are 0 to ${hidden - 1}.`,
  vectorActivation: (builder: string, name: string) =>
    `${builder}: "${name}" acts on a whole layer (each output depends on every z), so it has no curve of its own to draw.`,
  traceMismatch: (builder: string) =>
    `${builder}: the trace (or grads) came from a network with other layer sizes than the one given.`,
  noFrames: (builder: string) => `${builder}: expected at least one frame (record one with boundaryFrame(net, epoch)).`,
  frameMismatch: (builder: string, k: number) =>
    `${builder}: frame ${k} has another grid (resolution or extent) than frame 0; record every frame with the same options.`,
  badRange: (builder: string, range: unknown) => option(builder, "range", "[min, max] with min < max", range),
  unknownSurface: (builder: string, name: unknown, names: string[]) =>
    `${builder}: unknown surface ${JSON.stringify(name)}. Expected one of: ${names.join(", ")}, or { f, grad, extent }.`,
  sliderActivation: (builder: string, name: string, names: string[]) =>
    `${builder}: the sliders compute the neuron in the browser, which knows the activations ${names.join(", ")}; "${name}" is not one of them.`,
  sliderInputs: (builder: string, count: number) =>
    `${builder}: a neuron with 1 or 2 inputs can be drawn; got ${count} weights.`,
  noDropout: (builder: string) =>
    `${builder}: dropout must be a rate above 0 and below 1 for at least one hidden layer (e.g. { dropout: 0.5 }).`,
} as const;
