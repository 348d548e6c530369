LESSON = "09-regularization"


def check(test, m):
    """Lesson 9: the unpenalised big net overfits; L1 and L2 shrink the
    train/validation gap; L1 switches most weights off while L2 shrinks them
    all; early stopping stops and restores the best epoch's weights."""
    plain = m["no penalty"]
    test.assertGreater(plain["gap"], 0.04)  # validation loss far above training loss
    test.assertLess(plain["bestEpoch"], 700)  # the validation loss bottomed out long before the end

    p = m["penalties"]
    test.assertLess(p["l2Gap"], 0.5 * p["plainGap"])
    test.assertLess(p["l1Gap"], 0.5 * p["plainGap"])
    test.assertGreater(p["l2Train"], p["plainTrain"])  # the penalty costs some training loss …
    test.assertLess(p["l2Val"], 0.75 * p["plainVal"])  # … and buys validation loss
    test.assertLess(p["l1Val"], 0.75 * p["plainVal"])

    w = m["weights"]
    test.assertGreater(w["l1NearZero"], 0.7)
    test.assertGreater(w["l1NearZero"], 5 * w["l2NearZero"])
    test.assertLess(w["l2NearZero"], 0.15)  # L2 shrinks, it does not switch off
    test.assertLess(w["l2Rms"], 0.6 * w["plainRms"])
    test.assertLess(w["l2Largest"], 0.5 * w["plainLargest"])

    es = m["early stopping"]
    test.assertTrue(es["restoredBest"])
    test.assertLess(es["stoppedEpoch"], 1000)
    test.assertEqual(es["stoppedEpoch"] - es["bestEpoch"], 50)  # patience 50
    test.assertAlmostEqual(es["restoredValLoss"], es["bestValLoss"], places=12)
    test.assertLess(es["restoredValLoss"], 0.75 * es["fullRunFinalValLoss"])

    # The learning rate × L2 grid (12 runs of a smaller network, 300 epochs).
    grid = m["learning rate × L2 grid"]
    test.assertEqual(grid["bestLearningRate"], 0.01)
    test.assertEqual(grid["fastPlainTrain"], grid["lowestTrain"])  # η = 0.1, no penalty: the lowest training loss…
    test.assertGreater(grid["fastPlainVal"], 1.8 * grid["bestVal"])  # …and about twice the best validation loss
    test.assertLess(grid["fastSmallPenaltyVal"], 0.7 * grid["fastPlainVal"])  # λ₂ = 0.001 takes back much of it
    test.assertGreater(grid["strongestLowestVal"], 1.15 * grid["bestVal"])  # λ₂ = 0.1 underfits at every η
    test.assertGreater(grid["slowLowestVal"], 1.5 * grid["bestVal"])  # η = 0.001: 300 epochs are too few, whatever λ₂
