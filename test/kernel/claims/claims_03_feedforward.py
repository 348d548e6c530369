LESSON = "03-feedforward"


def check(test, m):
    """Lesson 3: one hidden layer needs at least three neurons (three lines) to
    enclose the circle; two hidden layers of 8 learn the spiral."""
    width = m["circle by width"]
    # One line and two lines cannot enclose the inside class (measured 0.675 and 0.84) ...
    test.assertLess(width["width1"], 0.8)
    test.assertLess(width["width2"], 0.92)
    # ... three or more can (measured 1 and 1).
    test.assertGreaterEqual(width["width3"], 0.97)
    test.assertGreaterEqual(width["width4"], 0.97)
    test.assertGreater(width["width3"], width["width2"] + 0.05)

    spiral = m["spiral with two hidden layers"]
    test.assertGreaterEqual(spiral["accuracy"], 0.9)
    test.assertLess(spiral["loss"], 0.25)
    # The live chart's description: a steady fall for 150 epochs, then spikes that recover.
    test.assertGreater(spiral["startLoss"], 0.6)
    test.assertGreater(spiral["largestRiseAfter150"], 0.1)
    test.assertGreater(spiral["largestRiseAfter150"], 2 * spiral["largestRiseBefore150"])
