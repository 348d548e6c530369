LESSON = "11-digits"


def check(test, m):
    """Lesson 11: a 3-neuron network underfits the digits; 32 neurons fit the
    training images almost perfectly and reach a validation accuracy far above
    chance (0.1) but overfit; four times the data raises the validation
    accuracy and narrows the gap."""
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
