import { describe, expect, it } from "vitest";
import { activation, adam, gradCheck, leakyRelu, loss, mlp, NonFiniteError, optimizer, train, type LossLike } from "../../src";

/** A 2-3-1 network: tanh hidden, linear output. */
const net231 = () => mlp([2, 3, 1], { seed: 2 });

/** The error `f` throws (failing the test if it does not throw). */
function thrown(f: () => unknown): Error {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(Error);
    return error as Error;
  }
  throw new Error("expected an error, but nothing was thrown");
}

/** Expects `f` to throw an error whose message contains every one of `parts`. */
function expectMessage(f: () => unknown, ...parts: string[]): Error {
  const error = thrown(f);
  for (const part of parts) expect(error.message).toContain(part);
  return error;
}

const notNumber = (v: unknown) => v as number;

describe("messages: inputs and targets", () => {
  it("forward(x) with the wrong number of inputs says how many it got and expected", () => {
    const net = net231();
    const error = expectMessage(() => net.forward([1, 2, 3]), "The input has 3 values", "expects 2 (its input layer size)");
    expect(error).toBeInstanceOf(RangeError);
    expectMessage(() => net.forward([1]), "The input has 1 value,", "expects 2");
  });

  it("forward(rows) names the sample with the wrong number of inputs", () => {
    expectMessage(() => net231().forward([[1, 2], [1, 2], [1, 2, 3]]), "Input sample 2 has 3 values", "expects 2");
  });

  it("forward(x) rejects a row that is not an array", () => {
    const net = net231();
    expectMessage(() => net.forward(notNumber("12") as unknown as number[]), "The input must be an array of numbers", '"12"');
    expectMessage(() => net.forward([[1, 2], notNumber(7) as unknown as number[]]), "Input sample 1 must be an array of numbers, got 7");
  });

  it("forward(x) names the feature (and sample) holding NaN or Infinity", () => {
    const net = net231();
    expectMessage(() => net.forward([1, NaN]), "The input has NaN at feature 1", "inputs must be finite numbers");
    expectMessage(() => net.forward([Infinity, 0]), "The input has Infinity at feature 0");
    expectMessage(() => net.forward([[1, 2], [0, 0], [-Infinity, 1]]), "Input sample 2 has -Infinity at feature 0");
    expectMessage(() => net.loss([[1, 2], [0, NaN]], [[0], [1]]), "Input sample 1 has NaN at feature 1");
  });

  it("backward(trace, target) with a target of the wrong size says how many outputs there are", () => {
    const net = net231();
    expectMessage(() => net.backward(net.forward([1, 2]), [1, 2]), "The target has 2 values", "the network has 1 output.");
    const wide = mlp([2, 3], { seed: 1 });
    expectMessage(() => wide.backward(wide.forward([1, 2]), [1]), "The target has 1 value,", "the network has 3 outputs.");
    expectMessage(() => net.backward(net.forward([[1, 2], [3, 4]]), [[1], [1, 2]]), "Target of sample 1 has 2 values");
  });

  it("backward(trace, target) names the output (and sample) holding NaN or Infinity", () => {
    const net = net231();
    expectMessage(() => net.backward(net.forward([1, 2]), [NaN]), "The target has NaN at output 0", "targets must be finite numbers");
    expectMessage(() => net.backward(net.forward([[1, 2], [3, 4]]), [[0], [Infinity]]), "Target of sample 1 has Infinity at output 0");
    expectMessage(() => net.loss([[1, 2], [3, 4]], [[-Infinity], [0]]), "Target of sample 0 has -Infinity at output 0");
  });

  it("backward(batchTrace, targets) with a different number of target rows says both counts", () => {
    const net = net231();
    expectMessage(() => net.backward(net.forward([[1, 2], [3, 4], [5, 6]]), [[1], [0]]), "3 input rows but 2 target rows");
    expectMessage(() => net.loss([[1, 2]], [[1], [0]]), "1 input row but 2 target rows");
  });

  it("loss(rows, targets) with no rows says the batch is empty", () => {
    expectMessage(() => net231().loss([], []), "The batch is empty");
  });

  it("backward(trace, target, \"bce\" | \"ce\") rejects targets outside [0, 1], naming sample and output", () => {
    const net = mlp([2, 2], { output: "sigmoid" });
    expectMessage(() => net.backward(net.forward([[1, 2], [0, 0]]), [[0, 1], [1, 2]], "bce"), "Target of sample 1, output 1 is 2", '"bce"', "between 0 and 1");
    const soft = mlp([2, 3], { output: "softmax" });
    expectMessage(() => soft.backward(soft.forward([1, 2]), [0, -1, 0], "ce"), "output 1 is -1", '"ce"');
  });

  it("backward(trace, target) rejects a trace from another network", () => {
    const a = net231(), b = net231();
    expectMessage(() => a.backward(b.forward([1, 2]), [1]), "different network");
  });
});

describe("messages: activations, losses and their pairing", () => {
  it("mlp(sizes, { hidden | output: unknownName }) lists the activations there are", () => {
    expectMessage(() => mlp([2, 3, 1], { hidden: "swish" }), 'Unknown activation "swish"', "sigmoid, tanh, relu, leakyRelu, linear, softmax");
    expectMessage(() => mlp([2, 1], { output: "Sigmoid" }), 'Unknown activation "Sigmoid"');
    expectMessage(() => activation(notNumber(42) as unknown as string), "Unknown activation 42");
  });

  it("activation(formula) explains a formula it cannot use", () => {
    expectMessage(() => activation("x +"), 'activation("x +")', "cannot parse");
    expectMessage(() => activation("x * y"), 'activation("x * y")', "found x, y");
    expectMessage(() => activation("foo(x)"), 'activation("foo(x)")', "cannot differentiate", '"foo"');
  });

  it("loss(unknownName) lists the losses there are, wherever a loss is named", () => {
    const net = net231();
    const hinge = "hinge" as unknown as LossLike;
    expectMessage(() => loss(hinge), 'Unknown loss "hinge"', "mse, bce, ce");
    expectMessage(() => net.backward(net.forward([1, 2]), [1], hinge), 'Unknown loss "hinge"');
    expectMessage(() => net.loss([[1, 2]], [[1]], hinge), 'Unknown loss "hinge"');
    expectMessage(() => gradCheck(net, [1, 2], [1], hinge), 'Unknown loss "hinge"');
  });

  it("a softmax output with \"bce\" suggests \"ce\"", () => {
    const net = mlp([2, 3], { output: "softmax" });
    expectMessage(() => net.backward(net.forward([1, 2]), [0, 1, 0], "bce"), '"bce"', "does not fit a softmax output", 'Use "ce"');
  });

  it("\"bce\" after an output that is not a probability suggests a sigmoid output", () => {
    for (const output of ["tanh", "relu", "leakyRelu", "linear"]) {
      const net = mlp([2, 1], { output });
      expectMessage(() => net.backward(net.forward([1, 2]), [1], "bce"), `the output activation is ${output}`, 'output: "sigmoid"');
    }
  });

  it("\"bce\" after leakyRelu(slope) with a non-default slope is rejected like leakyRelu", () => {
    const net = mlp([2, 1], { output: leakyRelu(0.2) });
    expectMessage(() => net.backward(net.forward([1, 2]), [1], "bce"), "the output activation is leakyRelu(0.2)", 'output: "sigmoid"');
  });

  it("\"ce\" without a softmax output suggests softmax (or sigmoid + bce for one output)", () => {
    const one = mlp([2, 1], { output: "sigmoid" });
    expectMessage(() => one.backward(one.forward([1, 2]), [1], "ce"), '"ce"', "needs a softmax output layer", "output activation is sigmoid", 'output: "sigmoid" and the "bce" loss');
    const three = mlp([2, 3], { output: "linear" });
    expectMessage(() => three.loss([[1, 2]], [[0, 1, 0]], "ce"), "output activation is linear", 'Use output: "softmax" with "ce"');
  });

  it("mlp(sizes, { hidden: \"softmax\" }) says softmax only fits the output layer, naming the layer", () => {
    expectMessage(() => mlp([2, 3, 1], { hidden: "softmax" }), "Softmax cannot be a hidden activation (layer 0)", "output activation");
    expectMessage(() => mlp([2, 3, 3, 1], { hidden: ["tanh", "softmax"] }), "(layer 1)");
  });

  it("mlp(sizes, { hidden: [...] }) with the wrong number of activations says how many are needed", () => {
    expectMessage(() => mlp([2, 3, 3, 1], { hidden: ["tanh"] }), "mlp({ hidden })", "one activation or 2 (one per hidden layer)");
  });
});

describe("messages: building a network", () => {
  it("mlp([]) and mlp([3]) ask for at least two layer sizes", () => {
    expectMessage(() => mlp([]), "mlp(sizes): expected at least two layer sizes", "got [].");
    expectMessage(() => mlp([3]), "expected at least two layer sizes", "got [3].");
  });

  it("mlp(sizes) with a zero, negative or non-integer size names the entry", () => {
    expectMessage(() => mlp([2, 0, 1]), "positive integer", "sizes[1] is 0");
    expectMessage(() => mlp([2, 2.5, 1]), "sizes[1] is 2.5");
    expectMessage(() => mlp([2, -3]), "sizes[1] is -3");
    expectMessage(() => mlp([NaN, 1]), "sizes[0] is NaN");
    expectMessage(() => mlp(["2", 1] as unknown as number[]), 'sizes[0] is "2"');
  });

  it("mlp(sizes, { init: { weights, biases } }) with the wrong shapes says what was expected where", () => {
    expectMessage(() => mlp([2, 3, 1], { init: { weights: [[[1, 1], [1, 1], [1, 1]]] } }), "init.weights: expected one entry per layer with weights (2)", "got 1 entries");
    expectMessage(() => mlp([2, 3, 1], { init: { weights: [[[1, 1], [1, 1]], [[1, 1, 1]]] } }), "init.weights[0]: expected 3 rows (one per neuron), got 2 values");
    expectMessage(() => mlp([2, 3, 1], { init: { weights: [[[1, 1], [1, 1, 1], [1, 1]], [[1, 1, 1]]] } }), "init.weights[0][1]: expected 2 weights, got 3 values");
    expectMessage(
      () => mlp([2, 3, 1], { init: { weights: [[[1, 1], [1, 1], [1, 1]], [[1, 1, 1]]], biases: [[0, 0, 0], [0, 0]] } }),
      "init.biases[1]: expected 1 biases, got 2 values",
    );
    expectMessage(() => mlp([2, 1], { init: { weights: [[[1, NaN]]] } }), "Weight 1 of layer 0, neuron 0 must be a finite number, got NaN");
    expectMessage(() => mlp([2, 1], { init: { weights: [[[1, 2]]], biases: [[Infinity]] } }), "The bias of layer 0, neuron 0 must be a finite number, got Infinity");
  });

  it("mlp(sizes, { init: unknownName }) lists the initialisations there are", () => {
    expectMessage(() => mlp([2, 1], { init: "glorot" as "xavier" }), 'Unknown weight initialisation "glorot"', "xavier, he, uniform");
  });

  it("forward(x, { dropout }) rejects rates outside [0, 1) and the wrong number of rates", () => {
    const net = mlp([2, 3, 3, 1]);
    expectMessage(() => net.forward([1, 2], { dropout: 1 }), "Dropout rate must be a number in [0, 1), got 1");
    expectMessage(() => net.forward([1, 2], { dropout: [0.5, -0.1] }), "Dropout rate for hidden layer 1", "got -0.1");
    expectMessage(() => net.forward([1, 2], { dropout: [0.5] }), "one rate per hidden layer (2); got 1 rates");
  });
});

describe("messages: parameters and indices", () => {
  it("neuron(l, j).weights = wrongLength says how many incoming weights it has", () => {
    const n = net231().neuron(1, 0);
    const error = expectMessage(() => {
      n.weights = [1, 2];
    }, "Neuron 0 of layer 1 has 3 incoming weights, got 2");
    expect(error).toBeInstanceOf(RangeError);
  });

  it("neuron(l, j).weights / .bias / setWeight / set reject NaN and Infinity, naming the weight", () => {
    const net = net231();
    const n = net.neuron(0, 2);
    const before = net.toJSON();
    expectMessage(() => {
      n.weights = [1, NaN];
    }, "Weight 1 of layer 0, neuron 2 must be a finite number, got NaN");
    expectMessage(() => {
      n.bias = Infinity;
    }, "The bias of layer 0, neuron 2 must be a finite number, got Infinity");
    expectMessage(() => n.setWeight(0, -Infinity), "Weight 0 of layer 0, neuron 2 must be a finite number, got -Infinity");
    expectMessage(() => n.set({ weights: [0, 0], bias: NaN }), "The bias of layer 0, neuron 2");
    expectMessage(() => {
      n.weights = "1, 2" as unknown as number[];
    }, "The weights of layer 0, neuron 2 must be an array of numbers");
    expect(net.toJSON().weights[0][2]).toEqual([0, 0]); // set() assigned the valid weights before the bad bias
    net.neuron(0, 2).weights = before.weights[0][2];
    expect(net.toJSON()).toEqual(before);
  });

  it("neuron(l, j).setWeight(i, w) with i out of range lists the weights there are", () => {
    expectMessage(() => net231().neuron(0, 0).setWeight(2, 1), "Weight 2 does not exist: neuron 0 of layer 0 has weights 0 to 1");
  });

  it("neuron(l, j) with a layer or neuron out of range says which exist", () => {
    const net = net231();
    expectMessage(() => net.neuron(2, 0), "Layer 2 does not exist", "layers 0 to 1", "layer 0 is the first hidden layer");
    expectMessage(() => net.neuron(-1, 0), "Layer -1 does not exist");
    expectMessage(() => net.neuron(0.5, 0), "Layer 0.5 does not exist");
    expectMessage(() => net.neuron(0, 3), "Neuron 3 does not exist in layer 0: it has neurons 0 to 2");
    expectMessage(() => net.neuron(1, 1), "Neuron 1 does not exist in layer 1: it has neurons 0 to 0");
  });

  it("trace.neuron, grads.neuron, batchTrace.sample and grads.sample check their indices", () => {
    const net = net231();
    const trace = net.forward([1, 2]);
    expectMessage(() => trace.neuron(5, 0), "Layer 5 does not exist");
    expectMessage(() => trace.neuron(0, 7), "Neuron 7 does not exist in layer 0");
    const grads = net.backward(trace, [1]);
    expectMessage(() => grads.neuron(2, 0), "Layer 2 does not exist");
    expectMessage(() => grads.neuron(1, -1), "Neuron -1 does not exist in layer 1");
    const batch = net.forward([[1, 2], [3, 4]]);
    expectMessage(() => batch.sample(2), "Sample 2 does not exist: this batch has samples 0 to 1");
    expectMessage(() => net.backward(batch, [[0], [1]]).sample(-1), "Sample -1 does not exist");
  });
});

describe("messages: overflow inside the network (never a silent NaN)", () => {
  it("forward(rows) with z overflowing to Infinity throws NonFiniteError naming layer, neuron and sample", () => {
    const net = net231();
    net.neuron(0, 1).weights = [1e300, 1e300];
    const error = expectMessage(() => net.forward([[0, 0], [1e10, 0]]), "z became Infinity at layer 0, neuron 1, sample 1", "overflow");
    expect(error).toBeInstanceOf(NonFiniteError);
    expect(error).toMatchObject({ name: "NonFiniteError", quantity: "z", value: Infinity, layer: 0, neuron: 1, sample: 1 });
  });

  it("forward(x) with an overflow in a later layer names that layer", () => {
    const net = mlp([2, 3, 2], { hidden: "linear", seed: 1 });
    net.neuron(0, 0).set({ weights: [1e200, 0], bias: 0 });
    net.neuron(1, 1).weights = [1e200, 0, 0];
    const error = thrown(() => net.forward([1, 0])) as NonFiniteError;
    expect(error).toBeInstanceOf(NonFiniteError);
    expect(error.message).toContain("at layer 1, neuron 1, sample 0");
    expect([error.quantity, error.layer, error.neuron, error.sample]).toEqual(["z", 1, 1, 0]);
  });

  it("forward(x) with a NaN written straight into the weight array throws instead of returning NaN", () => {
    const net = net231();
    net.layers[1].weights[2] = NaN;
    const error = thrown(() => net.forward([1, 2])) as NonFiniteError;
    expect(error).toBeInstanceOf(NonFiniteError);
    expect(error).toMatchObject({ quantity: "z", layer: 1, neuron: 0, sample: 0 });
    expect(Number.isNaN(error.value)).toBe(true);
    expect(() => net.predict([1, 2])).toThrow(NonFiniteError);
    expect(() => net.loss([[1, 2]], [[0]])).toThrow(NonFiniteError);
  });

  it("forward(x) with a custom activation undefined at z throws instead of returning ±Infinity, NaN or a complex number", () => {
    const one = { init: { weights: [[[1], [1]], [[1, 1]]] } };
    const log = thrown(() => mlp([1, 2, 1], { hidden: "log(x)", ...one }).forward([0])) as NonFiniteError;
    expect(log).toBeInstanceOf(NonFiniteError);
    expect(log.message).toContain("a became -Infinity at layer 0, neuron 0, sample 0");
    expectMessage(() => mlp([1, 2, 1], { hidden: "sqrt(x)", ...one }).forward([-1]), 'activation("sqrt(x)")', "x = -1", "not a real number");
  });

  it("backward(trace, target) with a NaN local derivative throws NonFiniteError for dL/dz", () => {
    // sqrt(|x|) has slope ±Infinity at 0: dz = da · f'(0) is not a number.
    const net = mlp([1, 1, 1], { hidden: "sqrt(abs(x))", init: { weights: [[[1]], [[1]]] } });
    const trace = net.forward([0]);
    const error = thrown(() => net.backward(trace, [1], "mse")) as NonFiniteError;
    expect(error).toBeInstanceOf(NonFiniteError);
    expect(error.message).toContain("dL/dz became NaN at layer 0, neuron 0, sample 0");
    expect(error).toMatchObject({ quantity: "dL/dz", layer: 0, neuron: 0, sample: 0 });
  });

  it("backward(trace, targets, \"mse\") with an overflowing loss throws NonFiniteError naming the sample", () => {
    const net = mlp([1, 1], { init: { weights: [[[1e200]]] } });
    const error = thrown(() => net.backward(net.forward([[0], [2]]), [[0], [0]], "mse")) as NonFiniteError;
    expect(error).toBeInstanceOf(NonFiniteError);
    expect(error.message).toContain("The loss became Infinity at sample 1");
    expect(error).toMatchObject({ quantity: "loss", value: Infinity, layer: 0, sample: 1 });
    expect(() => net.loss([[0], [2]], [[0], [0]], "mse")).toThrow("The loss became Infinity at sample 1");
  });

  it("new NonFiniteError(message, quantity, value, layer, neuron, sample) carries every field", () => {
    const error = new NonFiniteError("boom", "a", NaN, 2, 3, 4);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("NonFiniteError");
    expect(error.message).toBe("boom");
    expect(error).toMatchObject({ quantity: "a", layer: 2, neuron: 3, sample: 4 });
    expect(Number.isNaN(error.value)).toBe(true);
    const bare = new NonFiniteError("loss", "loss", Infinity);
    expect([bare.layer, bare.neuron, bare.sample]).toEqual([undefined, undefined, undefined]);
  });

  // dz is finite here, but the products dz·x in dw = Σ_s dz·x overflow to ±Infinity
  // and their sum is NaN: backward must say so, not return NaN in grads.layers[0].dw.
  it("backward(batchTrace, targets) with dw overflowing throws instead of returning NaN in dw", () => {
    const net = mlp([1, 1, 1], { hidden: "linear", init: { weights: [[[1e-300]], [[1]]], biases: [[0], [0]] } });
    const trace = net.forward([[1e300], [-1e300]]); // z = ±1: finite
    let grads: ReturnType<typeof net.backward> | undefined;
    expect(() => {
      grads = net.backward(trace, [[1e10], [1e10]], "mse");
    }).toThrow(NonFiniteError);
    expect(() => net.backward(trace, [[1e10], [1e10]], "mse")).toThrow(/dL\/dw became NaN at layer 0, neuron 0, weight 0/);
    expect(grads).toBeUndefined();
  });
});

describe("messages: inputs that used to mislead", () => {
  it("train(mlp([2, 1], { output: 'softmax' }), …) says one softmax output always gives 1 and what to use instead", () => {
    const data = { x: [[0, 1], [1, 0]], y: [[1], [1]] };
    for (const lossName of ["ce", "mse"] as const) {
      expectMessage(() => train(mlp([2, 1], { output: "softmax" }), data, { loss: lossName, epochs: 1 }), 'output is "softmax" with one output neuron, which always gives 1', "every gradient is 0", 'one sigmoid output with the "bce" loss', "two softmax outputs");
    }
    expect(train(mlp([2, 2], { output: "softmax" }), { x: data.x, y: [[1, 0], [0, 1]] }, { loss: "ce", epochs: 1 }).epochs).toHaveLength(2);
  });

  it("mlp(sizes too large) says how many weights and how much memory, before allocating anything", () => {
    // 784·100000 + 100000 + 100000·100000 + 100000 = 78,500,000 + 10,000,100,000 = 10,078,600,000 parameters (hand count), 80.6 GB at 8 bytes.
    expectMessage(() => mlp([784, 100000, 100000]), "mlp([784, 100000, 100000]) would have 10,078,600,000 weights and biases", "80.6 GB", "up to 50,000,000 parameters (400 MB)");
    expect(mlp([784, 128, 10]).layers[0].weights.length).toBe(100352);
  });

  it("loss(object of the wrong shape) names what is missing and the keys it has", () => {
    expectMessage(() => loss({ name: "mine", value: () => 0 } as unknown as LossLike), "A loss object needs gradient()", "only the keys name, value");
    expectMessage(() => loss({} as unknown as LossLike), "needs value() and gradient() and a name", "no keys");
    expect(loss(loss("mse")).name).toBe("mse");
  });

  it("optimizer(object of the wrong shape) names what is missing and how to pass one", () => {
    expectMessage(() => optimizer({ name: "adam", learningRate: 0.1 } as never), "An optimizer object needs step(), state(), slots(), reset()", "only the keys name, learningRate", '{ optimizer: "adam", learningRate: 0.01 }');
    expectMessage(() => optimizer({ step() {}, state() {}, slots() {}, reset() {} } as never), "needs a learningRate");
    expect(optimizer(adam({ learningRate: 0.01 })).learningRate).toBe(0.01);
  });
});
