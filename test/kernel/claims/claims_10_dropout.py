LESSON = "10-dropout"


def check(test, m):
    """Lesson 10: inverted dropout scales kept activations by 1/(1 − p) and
    keeps each neuron's output right on average; a big layer drops close to a
    share p; dropout raises the training loss and narrows the train/validation
    gap; a dropout-trained network hardly changes when thinned."""
    s = m["inverted scaling"]
    test.assertEqual(s["ruleError"], 0)
    test.assertLess(s["averageError"], 0.1 * s["largestA"])

    d = m["share dropped"]
    test.assertAlmostEqual(d["p02"], 0.2, delta=0.03)
    test.assertAlmostEqual(d["p05"], 0.5, delta=0.03)
    test.assertAlmostEqual(d["p08"], 0.8, delta=0.03)
    test.assertGreater(d["smallMax"] - d["smallMin"], 0.4)  # a small layer varies a lot

    g = m["dropout gap"]
    test.assertGreater(g["dropoutTrain"], 1.5 * g["plainTrain"])
    test.assertLess(g["dropoutGap"], 0.5 * g["plainGap"])
    test.assertLess(g["dropoutVal"], g["plainVal"])
    test.assertGreater(g["dropoutValAccuracy"], 0.75)

    t = m["thinned networks"]
    test.assertLess(t["dropoutChanged"], 0.1)
    test.assertGreater(t["plainChanged"], 3 * t["dropoutChanged"])
