import math

LESSON = "12-initialisation"


def check(test, m):
    """Lesson 12: U(−1, 1) saturates a deep tanh net that Xavier keeps working;
    for ReLU only He keeps the spread of z level; a deep sigmoid net's gradients
    vanish by more than five powers of ten towards its first layer (the
    learner's prediction, 9·log10(4), is within one); too small a scale makes
    the backward signal vanish and too large a scale makes it explode;
    standardised inputs train where raw ones do not; a too-large learning rate
    or negative biases kill ReLUs for good (exactly zero gradient), leaky ReLU
    lets them come back."""
    t = m["tanh spread"]
    test.assertGreater(t["uniformSpreadFirst"], 3.5)  # √(64/3) ≈ 4.6
    test.assertGreater(t["uniformSpreadLast"], 3)  # about 4 wide in every layer …
    test.assertGreater(t["uniformSaturatedFirst"], 0.4)  # … so about half the neurons saturated
    test.assertGreater(t["uniformSaturatedLast"], 0.4)
    test.assertTrue(0.8 < t["xavierSpreadFirst"] < 1.2)  # Xavier starts near 1 …
    test.assertTrue(0.15 < t["xavierSpreadLast"] < t["xavierSpreadFirst"])  # … and narrows slowly
    test.assertLess(t["xavierSaturatedMax"], 0.01)  # under 1 % saturated in any layer

    r = m["relu spread"]
    test.assertGreater(r["uniformGrowth"], 2000)  # "more than two thousand"
    test.assertLess(r["xavierGrowth"], 0.1)  # "divides it by more than ten"
    test.assertTrue(0.5 < r["heGrowth"] < 2)
    test.assertGreater(r["heSmallest"], 1.1)  # "between about 1.2 and 1.7"
    test.assertLess(r["heLargest"], 1.8)

    v = m["vanishing gradients"]
    test.assertGreater(v["sigmoidDeepPowersOfTen"], 5)  # more than five powers of ten
    test.assertLess(v["sigmoidDeepPowersOfTen"], 6)  # "about half a million times"
    test.assertLess(v["sigmoidShallowPowersOfTen"], 1)  # less than one power of ten
    test.assertLess(abs(v["reluDeepPowersOfTen"]), math.log10(3))  # level within a factor of 3
    test.assertLess(abs(9 * math.log10(4) - v["sigmoidDeepPowersOfTen"]), 1)  # the model answer of the prediction exercise

    s = m["too small, too large"]
    test.assertLess(s["halfSignalRatio"], 1 / 250)  # more than 250 times weaker at layer 0
    test.assertGreater(s["largeSignalRatio"], 80)  # more than 80 times stronger
    test.assertTrue(1 / 3 < s["heSignalRatio"] < 3)  # He stays level
    test.assertGreater(s["halfFinalLoss"], 0.95 * s["halfStartLoss"])  # hardly moves
    test.assertLess(s["heFinalLoss"], 0.1 * s["heStartLoss"])  # trains
    test.assertTrue(s["largeDiverged"])

    st = m["standardised inputs"]
    test.assertGreater(st["rawSaturatedAtStart"], 0.99)
    test.assertLess(st["stdSaturatedAtStart"], 0.01)
    test.assertGreater(st["rawFinalLoss"], st["rawStartLoss"])  # ends higher than it started
    test.assertLess(st["stdFinalLoss"], 0.01 * st["stdStartLoss"])  # two orders of magnitude
    test.assertLess(st["stdFinalValLoss"], 0.01)
    test.assertGreater(st["rawFinalValLoss"], 0.5)
    test.assertGreater(st["rawAdamFinalLoss"], 50 * st["stdAdamFinalLoss"])  # "about 90 times higher"

    d = m["dead after a large learning rate"]
    test.assertLessEqual(d["gentleDead"], 8)  # a few
    test.assertEqual(d["harshDead"], d["layerSize"])  # every neuron of the second hidden layer
    test.assertGreater(d["gentleAccuracy"], 0.95)
    test.assertLessEqual(d["harshAccuracy"], 0.55)  # guessing
    test.assertTrue(d["leakyDiverged"])

    b = m["dead after a bad bias"]
    test.assertEqual(b["reluOffBefore"], 32)
    test.assertEqual(b["reluOffAfter"], 32)
    test.assertEqual(b["reluZeroGradient"], 32)  # exactly zero gradient: never comes back
    test.assertEqual(b["leakyOffBefore"], 32)
    test.assertLess(b["leakyOffAfter"], 32)  # some come back
    test.assertEqual(b["leakyZeroGradient"], 0)
    test.assertAlmostEqual(b["reluFinalLoss"], math.log(2), places=3)  # flat at ln 2
    test.assertLess(b["leakyFinalLoss"], 0.5)
    test.assertAlmostEqual(b["reluAccuracy"], 0.5, places=6)
    test.assertGreater(b["leakyAccuracy"], 0.7)
