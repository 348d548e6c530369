LESSON = "11-digits"


def check(test, m):
    """Lesson 11: a 3-neuron network underfits the digits; 32 neurons fit the
    training images almost perfectly and reach a validation accuracy far above
    chance (0.1) but overfit; four times the data raises the validation
    accuracy and narrows the gap, far more than an L2 penalty or dropout; the
    confusion matrix agrees with the accuracy; blank pixels keep their weights."""
    small = m["small network"]
    test.assertLess(small["trainAccuracy"], 0.75)  # cannot fit its own training data

    bigger = m["bigger network"]
    test.assertGreater(bigger["trainAccuracy"], 0.98)
    test.assertGreater(bigger["valAccuracy"], 0.8)
    test.assertGreater(bigger["valAccuracy"], small["valAccuracy"] + 0.25)  # the capacity fix
    test.assertGreater(bigger["gap"], 0.07)  # overfitting: training far above validation

    more = m["more data"]
    test.assertGreater(more["moreValAccuracy"], 0.85)
    test.assertGreater(more["moreValAccuracy"], more["fewValAccuracy"] + 0.015)
    test.assertLess(more["moreGap"], 0.8 * more["fewGap"])

    # The confusion matrix counts the same right answers as train's accuracy (two independent counts).
    confusions = m["confusions"]
    test.assertEqual(confusions["total"], 300)
    test.assertAlmostEqual(confusions["right"] / confusions["total"], bigger["valAccuracy"], places=9)
    test.assertEqual(confusions["mixUps"], confusions["total"] - confusions["right"])
    test.assertGreaterEqual(confusions["worstCount"], 3)  # "the darkest orange cells": some pair stands out
    test.assertNotEqual(confusions["worstTruth"], confusions["worstSaid"])

    # Pixels blank in every training image keep their starting weights exactly (their gradient is 0).
    blank = m["blank pixels"]
    test.assertGreater(blank["blank"], 10)
    test.assertEqual(blank["untouched"], blank["blank"])

    # A penalty and dropout narrow the gap a little and move validation accuracy by about a point at most;
    # four times the data lifts it by more than three points.
    fixes = m["penalty and dropout"]
    test.assertLess(fixes["l2Gap"], fixes["plainGap"])
    test.assertLess(fixes["dropoutGap"], fixes["plainGap"])
    test.assertLessEqual(abs(fixes["l2Val"] - fixes["plainVal"]), 0.015)
    test.assertLessEqual(abs(fixes["dropoutVal"] - fixes["plainVal"]), 0.015)
    test.assertGreater(fixes["moreVal"] - fixes["plainVal"], 0.03)
