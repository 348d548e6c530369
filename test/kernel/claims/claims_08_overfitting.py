LESSON = "08-overfitting"


def check(test, m):
    """Lesson 8: the big network overfits (validation loss rises after its
    minimum while training loss keeps falling), the 1-neuron network
    underfits, the 2-neuron one fits best; the same on the spiral."""
    o = m["overfitting"]
    # the best epoch is well before the end
    test.assertLess(o["bestEpoch"], 0.5 * o["epochs"])
    # validation loss rises after its minimum (measured 0.238 vs 0.110) ...
    test.assertGreater(o["finalValLoss"], 1.5 * o["bestValLoss"])
    # ... while training loss keeps falling (measured 0.0096 vs 0.061 at the best epoch)
    test.assertLess(o["finalTrainLoss"], 0.3 * o["trainLossAtBest"])
    # far below the noise variance 0.3² = 0.09: it fits the noise
    test.assertLess(o["finalTrainLoss"], 0.045)
    # the 1-neuron network underfits: its training loss stays above the noise level
    # and well above the 2-neuron network's (measured 0.124 vs 0.084)
    test.assertGreater(o["smallTrainLoss"], 0.1)
    test.assertGreater(o["smallTrainLoss"], 1.2 * o["goodTrainLoss"])
    # the 2-neuron network ends with the lowest validation loss
    test.assertLess(o["goodValLoss"], o["smallValLoss"])
    test.assertLess(o["goodValLoss"], o["finalValLoss"])

    sp = m["spiral overfitting"]
    # the big network learns the training set almost perfectly but not the validation set
    test.assertGreater(sp["bigTrainAccuracy"], 0.95)
    test.assertLess(sp["bigValAccuracy"], sp["bigTrainAccuracy"] - 0.05)
    # its validation loss rises after its minimum (measured 0.412 vs 0.322)
    test.assertGreater(sp["bigFinalValLoss"], 1.15 * sp["bigBestValLoss"])
    test.assertLess(sp["bigFinalTrainLoss"], 0.5 * sp["bigBestValLoss"])
    # the 2-neuron network underfits the spiral
    test.assertLess(sp["smallTrainAccuracy"], 0.8)
