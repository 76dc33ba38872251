package org.hearsay.eval;

/** True positives against predicted and gold totals, from which precision, recall and F1 follow. */
public record Counts(double truePositives, double predicted, double gold) {

    public static final Counts ZERO = new Counts(0, 0, 0);

    public Counts plus(Counts o) {
        return new Counts(truePositives + o.truePositives, predicted + o.predicted, gold + o.gold);
    }

    public double precision() {
        return predicted == 0 ? 0 : truePositives / predicted;
    }

    public double recall() {
        return gold == 0 ? 0 : truePositives / gold;
    }

    public double f1() {
        double p = precision();
        double r = recall();
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
