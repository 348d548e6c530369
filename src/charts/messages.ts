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
  noImages: (builder: string) => `${builder}: there is nothing to draw: expected at least one image.`,
  notSquare: (builder: string, k: number, length: number, side: number) =>
    `${builder}: image ${k} has ${length} pixels, which is not ${side}×${side}: every image must be the same square (pass { side } to say its size).`,
  neuronIndex: (builder: string, j: number, count: number) =>
    `${builder}: neuron ${String(j)} does not exist; the first layer has neurons 0 to ${count - 1}.`,
  noExamples: (builder: string) => `${builder}: the data set has no examples.`,
  examplesMismatch: (builder: string, x: number, y: number) =>
    `${builder}: the data set has ${x} inputs but ${y} targets; each input needs its target.`,
  classNames: (builder: string, given: number, classes: number) =>
    `${builder}: ${given} class names were given for ${classes} classes.`,
  gridSettings: (builder: string, found: readonly string[], expected?: readonly string[]) =>
    expected
      ? `${builder}: every run needs the same two settings (${expected.join(", ")}); one has ${found.join(", ") || "none"}.`
      : `${builder}: a grid has exactly two settings per run (e.g. { learningRate, l2 }); got ${found.length}: ${found.join(", ") || "none"}.`,
  gridTwice: (builder: string, settings: string) => `${builder}: two runs have the same settings (${settings}); give each cell of the grid one run.`,
  gridMissing: (builder: string, missing: readonly string[]) =>
    `${builder}: the grid has no run for ${missing.slice(0, 3).join("; ")}${missing.length > 3 ? ` and ${missing.length - 3} more` : ""}; train one for every combination.`,
  emptyRun: (builder: string, name: string) => `${builder}: the run "${name}" has no values: expected one number per layer.`,
  notFiniteValue: (builder: string, name: string, layer: number, value: number) =>
    `${builder}: the run "${name}" has ${String(value)} at layer ${layer}; every value must be a finite number.`,
  notPositiveOnLog: (builder: string, name: string, layer: number, value: number) =>
    `${builder}: the run "${name}" has ${value} at layer ${layer}, which a log scale cannot show; pass { scale: "linear" } or only values above 0.`,
} as const;
