package org.hearsay.eval;

import org.hearsay.format.AnnotatedAttribution;
import org.hearsay.model.Span;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The metric of the analyze issue, on hand-made cases. */
class ScorerTest {

    private static final String TEXT = "The mayor said that the bridge was safe, and “nobody doubts it.”";

    private static Span s(int start, int end) {
        return new Span(start, end, TEXT.substring(start, end));
    }

    private static AnnotatedAttribution att(Span cue, Span source, Span content) {
        return new AnnotatedAttribution(cue == null ? List.of() : List.of(cue), source == null ? List.of() : List.of(source),
                List.of(content));
    }

    @Test
    void exactMatchIgnoresPunctuationQuotesAndSpaceAtTheEnds() {
        AnnotatedAttribution gold = att(s(10, 14), s(0, 9), s(45, 64));
        AnnotatedAttribution predicted = att(s(10, 14), s(0, 9), s(46, 62));
        Scores sc = new Scorer().score(List.of(gold), List.of(predicted));
        assertThat(sc.exact().get(Role.CONTENT).f1()).isEqualTo(1.0);
        assertThat(sc.overlap().get(Role.CONTENT).recall()).isLessThan(1.0);
    }

    @Test
    void attributionsMatchByCueOrByHalfTheShorterContent() {
        AnnotatedAttribution gold = att(s(10, 14), s(0, 9), s(15, 39));
        AnnotatedAttribution otherCueSameContent = att(s(45, 46), s(0, 3), s(20, 39));
        Scores sc = new Scorer().score(List.of(gold), List.of(otherCueSameContent));
        assertThat(sc.attribution().f1()).isEqualTo(1.0);
        assertThat(sc.full().f1()).isEqualTo(1.0); // "The" overlaps "The mayor"
        AnnotatedAttribution tooLittleContent = att(null, s(0, 9), s(35, 44));
        assertThat(new Scorer().score(List.of(gold), List.of(tooLittleContent)).attribution().f1()).isZero();
    }

    @Test
    void fullNeedsOverlappingSourcesOrBothEmpty() {
        AnnotatedAttribution gold = att(s(10, 14), s(0, 9), s(15, 39));
        AnnotatedAttribution wrongSource = att(s(10, 14), s(45, 52), s(15, 39));
        Scores sc = new Scorer().score(List.of(gold), List.of(wrongSource));
        assertThat(sc.attribution().f1()).isEqualTo(1.0);
        assertThat(sc.full().f1()).isZero();
        AnnotatedAttribution noSourceGold = att(s(10, 14), null, s(15, 39));
        AnnotatedAttribution noSourcePred = att(s(10, 14), null, s(15, 39));
        assertThat(new Scorer().score(List.of(noSourceGold), List.of(noSourcePred)).full().f1()).isEqualTo(1.0);
    }

    @Test
    void matchingIsOneToOne() {
        AnnotatedAttribution gold = att(s(10, 14), s(0, 9), s(15, 39));
        Scores sc = new Scorer().score(List.of(gold), List.of(gold, gold));
        assertThat(sc.attribution().truePositives()).isEqualTo(1);
        assertThat(sc.attribution().precision()).isEqualTo(0.5);
    }
}
