LESSON = "07-optimizers"


def check(test, m):
    """Lesson 7: SGD's rate is capped by the steep direction; on the network
    every other optimizer (each with its best rate) beats SGD; AdaGrad's
    effective rate only shrinks while RMSprop's does not; Adam's first step is η."""
    valley = m["valley race"]
    # SGD just above its limit ends far above the start; at 0.4 it gets close to the minimum
    test.assertGreater(valley["sgdTooFastLoss"], 100 * valley["startLoss"])
    test.assertLess(valley["sgdLoss60"], 0.01 * valley["startLoss"])
    # the per-coordinate AdaGrad reaches the lowest loss on the axis-aligned valley
    for other in ("sgdLoss60", "momentumLoss60", "rmspropLoss60", "adamLoss60"):
        test.assertLess(valley["adagradLoss60"], valley[other], other)

    race = m["network race"]
    # each optimizer with its best rate: the average loss over the run is far below SGD's
    # (measured 0.131 for SGD vs 0.020-0.049)
    for name in ("momentum", "adagrad", "rmsprop", "adam"):
        test.assertLess(race[name + "Mean"], 0.5 * race["sgdMean"], name)
    # momentum and Adam also end lower (measured 0.0030 and 0.0022 vs 0.018)
    test.assertLess(race["momentumFinal"], 0.5 * race["sgdFinal"])
    test.assertLess(race["adamFinal"], 0.5 * race["sgdFinal"])

    eff = m["effective learning rates"]
    # AdaGrad's effective rate never grows, and shrinks overall
    test.assertEqual(eff["adagradIncreases"], 0)
    test.assertLess(eff["adagradLast"], 0.9 * eff["adagradFirst"])
    # RMSprop's does grow (here as the gradients shrink)
    test.assertGreater(eff["rmspropIncreases"], 5)
    test.assertGreater(eff["rmspropMax"], 2 * eff["rmspropMin"])

    first = m["adam first step"]
    test.assertEqual(first["parameters"], 33)
    test.assertGreater(first["minStepOverEta"], 0.99)
    test.assertLess(first["maxStepOverEta"], 1.0000001)
