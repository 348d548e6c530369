LESSON = "01-neuron"


def check(test, m):
    """Lesson 1: a sigmoid neuron switches at x = -b/w with slope w/4 there;
    scaling AND's weights by 10 keeps every decision and makes the neuron
    confident; training one neuron finds an AND line like the hand-made one."""
    crossing = m["sigmoid neuron crossing"]
    test.assertAlmostEqual(crossing["aAtCrossing"], 0.5, places=9)
    test.assertAlmostEqual(crossing["slope"], crossing["wOver4"], places=4)

    by_hand = m["AND by hand"]
    test.assertEqual(by_hand["gentleRight"], 4)
    test.assertEqual(by_hand["sharpRight"], 4)
    test.assertGreater(by_hand["gentleWorstError"], 0.3)
    test.assertLess(by_hand["sharpWorstError"], 0.01)

    learned = m["AND learned"]
    test.assertEqual(learned["accuracy"], 1)
    w1, w2, b = learned["w1"], learned["w2"], learned["bias"]
    # The learned line puts (1, 1) on the positive side and (0, 1), (1, 0), (0, 0) on the negative side.
    test.assertGreater(w1 + w2 + b, 0)
    test.assertLess(w1 + b, 0)
    test.assertLess(w2 + b, 0)
    test.assertLess(b, 0)
    test.assertGreater(learned["diagonalCrossing"], 0.6)
    test.assertLess(learned["diagonalCrossing"], 0.9)
