LESSON = "00-getting-started"


def check(test, m):
    """Lesson 0 says the loss falls while the network learns XOR."""
    xor = m["xor training"]
    test.assertLess(xor["lastLoss"], 0.5 * xor["firstLoss"])
    test.assertGreater(xor["accuracy"], 0.9)
