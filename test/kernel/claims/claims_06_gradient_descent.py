LESSON = "06-gradient-descent"


def check(test, m):
    """Lesson 6: small batches win per epoch, full batches per step; a small
    learning rate ends clearly higher than a good one, a large one diverges."""
    epochs = m["epochs to loss 0.05"]
    # every run reaches the target within the 80 epochs
    for key in ("fullBatch", "miniBatch", "stochastic"):
        test.assertGreater(epochs[key], 0, key)
    # mini-batch reaches the loss in far fewer epochs than full batch (measured 6 vs 56)
    test.assertLess(3 * epochs["miniBatch"], epochs["fullBatch"])
    test.assertLess(epochs["stochastic"], epochs["fullBatch"])

    per_step = m["loss after 100 steps"]
    # per step, one-sample steps are much worse than full-batch steps (measured 0.104 vs 0.027)
    test.assertGreater(per_step["stochastic"], 2 * per_step["fullBatch"])
    # and a mini-batch of 20 gets close to the full batch (measured 0.0297 vs 0.0273)
    test.assertLess(per_step["miniBatch"], 1.5 * per_step["fullBatch"])

    rates = m["learning rates"]
    # the small rate ends clearly higher than the right one (measured 0.117 vs 0.027)
    test.assertGreater(rates["smallFinalLoss"], 2 * rates["rightFinalLoss"])
    test.assertLess(rates["rightFinalLoss"], 0.25 * rates["startLoss"])
    # the large rate diverges: DivergenceError caught, its loss far above the start
    test.assertTrue(rates["largeDiverged"])
    test.assertGreaterEqual(rates["largeDivergedEpoch"], 1)
    test.assertLessEqual(rates["largeDivergedEpoch"], 100)
    test.assertGreater(rates["largeLastLoss"], 1000 * rates["startLoss"])
