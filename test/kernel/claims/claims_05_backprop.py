LESSON = "05-backprop"


def check(test, m):
    """Lesson 5: Value's backward() equals the chain rule by hand and the nudged
    slope; the network's hidden-layer gradients are the chain rule
    (da = w·dz_out, dz = da·tanh'(z), dw = dz·x), and a saturated hidden neuron
    receives more but passes on less; gradCheck passes a correct network and
    catches a loss whose gradient forgot the factor 2."""
    chain = m["chain rule by hand"]
    test.assertLess(chain["maxGapByHand"], 1e-12)
    test.assertLess(chain["gapNudged"], 1e-6)
    test.assertAlmostEqual(chain["gradA"], chain["byHandA"], places=12)

    hidden = m["hidden neurons by the chain rule"]
    test.assertLess(hidden["maxGap"], 1e-12)
    test.assertGreater(hidden["daHidden1"], hidden["daHidden0"])
    test.assertLess(hidden["dzHidden1"], hidden["dzHidden0"])
    test.assertLess(hidden["slopeHidden1"], 0.3)

    check_ = m["gradient check"]
    test.assertTrue(check_["correctOk"])
    test.assertLess(check_["correctMaxRelativeError"], 1e-7)
    test.assertFalse(check_["wrongOk"])
    test.assertGreater(check_["wrongMaxRelativeError"], 0.4)
    test.assertAlmostEqual(check_["smallestRatio"], 0.5, places=6)
    test.assertAlmostEqual(check_["largestRatio"], 0.5, places=6)
