LESSON = "04-losses"


def check(test, m):
    """Lesson 4: MSE is dominated by a large error, which pulls the fitted line; cross-entropy punishes a
    confident wrong answer far more than MSE; on a saturated wrong sigmoid
    neuron BCE's dL/dz = a - y is many times MSE's; so a badly started neuron
    learns with BCE and stays stuck with MSE; softmax CE's gradient is a - y."""
    outlier = m["mse outlier"]
    test.assertGreater(outlier["outlierShare"], 0.9)
    test.assertGreater(outlier["largestError"], 10 * outlier["smallErrorsMax"])

    pulled = m["mse pulled by the outlier"]
    test.assertEqual(pulled["slopeBefore"], 2)
    test.assertGreater(pulled["slopeAfter"], 2.5)
    test.assertLess(pulled["interceptAfter"], 0.6)
    test.assertLess(pulled["mseAfter"], pulled["mseBefore"])

    cost = m["cost of a wrong answer"]
    test.assertLessEqual(cost["mseAt001"], 1.0)
    test.assertGreater(cost["bceAt001"], 4 * cost["mseAt001"])
    test.assertAlmostEqual(cost["ratioAt001"], cost["bceAt001"] / cost["mseAt001"], places=9)
    test.assertLess(cost["bceAt09"], 0.2)
    test.assertLess(cost["mseAt09"], 0.2)

    sat = m["saturated wrong neuron"]
    test.assertLess(sat["a"], 0.01)
    test.assertAlmostEqual(sat["dzBce"], sat["aMinusY"], places=9)
    test.assertLess(abs(sat["dzMse"]), 0.01)
    test.assertGreater(sat["ratio"], 50)

    run = m["training from a saturated start"]
    test.assertLess(run["startAccuracy"], 0.1)
    test.assertLess(run["accuracyMse"], 0.1)
    test.assertGreater(run["accuracyBce"], 0.95)
    test.assertGreater(run["mseLastLoss"], 0.95 * run["mseFirstLoss"])
    test.assertLess(run["bceLastLoss"], 0.1 * run["bceFirstLoss"])

    soft = m["softmax cross-entropy"]
    test.assertAlmostEqual(soft["sumOfProbabilities"], 1.0, places=12)
    test.assertAlmostEqual(soft["loss"], soft["minusLogRightClass"], places=9)
    test.assertLess(soft["maxGapDzVsAMinusY"], 1e-12)
    test.assertLess(soft["dzRightClass"], 0)
