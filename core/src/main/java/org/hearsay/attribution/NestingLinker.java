package org.hearsay.attribution;

import org.hearsay.cues.CueClass;
import org.hearsay.parse.CharSpan;
import org.hearsay.parse.Parse;
import org.hearsay.parse.Sentence;
import org.hearsay.parse.Token;

import java.util.List;
import java.util.Set;

/**
 * Links an attribution to the one whose report it is nested in: "The Times reported that officials
 * said ...", and "..., according to the AP. Specifically, ..., reported the NIS", where a sentence that
 * opens with an elaborating connective continues the report of the sentence before. Stateless.
 */
final class NestingLinker {

    private static final Set<String> ELABORATIONS = java.util.Set.copyOf(java.util.List.of(
            "specifically", "in particular", "more specifically", "in addition", "moreover", "furthermore",
            "additionally", "also", "for example", "for instance"));

    void link(Parse parse, List<Draft> drafts) {
        for (Draft inner : drafts) {
            CharSpan anchor = anchor(inner);
            if (anchor == null || inner.parent != null) {
                continue;
            }
            Draft best = null;
            CharSpan bestFragment = null;
            for (Draft outer : drafts) {
                if (outer == inner) {
                    continue;
                }
                CharSpan holding = outer.contentHolding(anchor);
                if (holding != null && (bestFragment == null || holding.length() < bestFragment.length())
                        && !wouldCycle(outer, inner)) {
                    best = outer;
                    bestFragment = holding;
                }
            }
            if (best == null) {
                best = elaborated(parse, inner, drafts);
            }
            inner.parent = best;
        }
    }

    /** The part of an attribution that must sit inside its parent's content. */
    private static CharSpan anchor(Draft d) {
        if (d.cue != null) {
            return d.source != null ? d.source.union(d.cue.span()) : d.cue.span();
        }
        return d.contents.isEmpty() ? null : d.contents.get(0);
    }

    private static boolean wouldCycle(Draft outer, Draft inner) {
        int guard = 0;
        for (Draft p = outer; p != null && guard++ < 1000; p = p.parent) {
            if (p == inner) {
                return true;
            }
        }
        return false;
    }

    /** "..., according to the AP. Specifically, ..." gives the second sentence's reports to the AP. */
    private static Draft elaborated(Parse parse, Draft inner, List<Draft> drafts) {
        if (inner.cue == null || inner.cue.head() < 0) {
            return null;
        }
        Token cue = parse.token(inner.cue.head());
        Sentence s = parse.sentenceOf(cue);
        if (s.index() == 0 || !opensWithElaboration(parse, s)) {
            return null;
        }
        Sentence before = parse.sentences().get(s.index() - 1);
        for (Draft outer : drafts) {
            if (outer != inner && outer.cue != null && outer.cue.kind() != CueClass.LAYOUT
                    && outer.cue.span().begin() >= before.begin() && outer.cue.span().end() <= before.end()
                    && !wouldCycle(outer, inner)) {
                return outer;
            }
        }
        return null;
    }

    private static boolean opensWithElaboration(Parse parse, Sentence s) {
        String first = parse.token(s.firstToken()).word().toLowerCase(java.util.Locale.ROOT);
        String two = s.endToken() - s.firstToken() > 1
                ? first + " " + parse.token(s.firstToken() + 1).word().toLowerCase(java.util.Locale.ROOT) : first;
        if (ELABORATIONS.contains(two)) {
            // "In addition, …" elaborates; "In addition to stating …, Ortiz vowed" opens a report of its own
            int after = s.firstToken() + 2;
            return after >= s.endToken() || !parse.token(after).word().equalsIgnoreCase("to");
        }
        return ELABORATIONS.contains(first);
    }
}
