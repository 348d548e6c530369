LESSON = "02-activations"


def check(test, m):
    """Lesson 2: gradients vanish through sigmoid layers but not through tanh
    layers; linear models fail on XOR while one tanh hidden layer solves it."""
    vanishing = m["vanishing gradient"]
    # Sigmoid: the first hidden layer's mean |dw| is a small fraction of the last hidden layer's
    # (measured about 0.02) and far below the output layer's (about 0.002).
    test.assertLess(vanishing["sigmoidFirstOverLast"], 0.1)
    test.assertLess(vanishing["sigmoidFirstOverOutput"], 0.02)
    # Tanh: the first and last hidden layers get gradients of the same size (measured about 1).
    test.assertGreater(vanishing["tanhFirstOverLast"], 0.3)
    test.assertGreater(vanishing["tanhFirst"], 20 * vanishing["sigmoidFirst"])

    xor = m["xor needs non-linearity"]
    # No straight line gets more than about 3 of the 4 quadrants right.
    test.assertLessEqual(xor["oneNeuronAccuracy"], 0.8)
    test.assertLessEqual(xor["linearHiddenAccuracy"], 0.8)
    test.assertGreater(xor["linearHiddenLoss"], 0.6)
    test.assertGreaterEqual(xor["tanhHiddenAccuracy"], 0.95)
    test.assertLess(xor["tanhHiddenLoss"], 0.2)
