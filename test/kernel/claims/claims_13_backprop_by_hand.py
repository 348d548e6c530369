LESSON = "13-backprop-by-hand"


def check(test, m):
    """Lesson 13: the learner's own forward pass, backward pass, batch mean and
    SGD loop (the teacher version's solutions) train the 2-3-1 network on xor
    exactly as nnlab's train does with full-batch SGD and no shuffling: the two
    loss curves and the final parameters agree to rounding over 300 epochs, the
    loss falls quickly in the first ten epochs and then to below 0.02, and every
    training point ends up classified right. A central finite difference of one
    weight agrees with backpropagation to about seven digits, while the slope
    a backward pass without tanh' would report is seven times too large; gradCheck
    passes for all 13 parameters."""
    loop = m["your loop against train"]
    test.assertEqual(loop["epochs"], 300)
    test.assertLess(loop["maxLossGap"], 1e-12)
    test.assertLess(loop["maxParameterGap"], 1e-12)
    test.assertAlmostEqual(loop["yourFinalLoss"], loop["finalLoss"], places=12)
    test.assertAlmostEqual(loop["startLoss"], 0.26, delta=0.005)  # "from about 0.26"
    test.assertAlmostEqual(loop["lossAt10"], 0.20, delta=0.005)   # "to 0.20 in the first ten epochs"
    test.assertLess(loop["lossAt100"], loop["lossAt10"])
    test.assertLess(loop["finalLoss"], 0.02)                       # "below 0.02"
    test.assertEqual(loop["finalAccuracy"], 1)                     # "every training point correctly"

    fd = m["finite differences"]
    test.assertLess(fd["relativeError"], 1e-6)
    test.assertGreater(fd["relativeError"], 1e-9)                  # "about seven digits", not exact
    test.assertLess(fd["yourRelativeError"], 1e-6)
    # a backward pass without tanh' in the hidden layer: "about seven times too large", "near 0.9"
    test.assertAlmostEqual(fd["slopeWithoutTanhPrime"] / fd["librarySlope"], 7, delta=0.5)
    test.assertAlmostEqual(fd["relativeErrorWithoutTanhPrime"], 0.86, delta=0.04)
    test.assertAlmostEqual(fd["meanTanhPrime"], 0.13, delta=0.01)
    test.assertTrue(fd["gradCheckOk"])
    test.assertLess(fd["gradCheckMaxRelativeError"], 1e-6)
    test.assertEqual(fd["parametersChecked"], 13)
