package org.hearsay.attribution;

import org.hearsay.parse.CharSpan;
import org.hearsay.parse.Parse;
import org.hearsay.parse.Token;

import java.util.Set;

/**
 * Marks words that weaken a claim: "reportedly", "allegedly", "up to 3,000". Looked for inside the
 * content and among the cue's own modifiers ("reportedly said"). Stateless.
 */
final class HedgeFinder {

    private static final Set<String> WORDS = java.util.Set.copyOf(java.util.List.of(
            "reportedly", "allegedly", "purportedly", "supposedly", "apparently", "reputedly", "ostensibly",
            "possibly", "perhaps", "probably", "likely", "unconfirmed", "unverified", "roughly",
            "approximately", "seemingly", "presumably", "rumored", "rumoured"));

    /** Two-word hedges, by their first word. */
    private static final java.util.Map<String, Set<String>> PAIRS = java.util.Map.of(
            "up", Set.of("to"),
            "as", Set.of("many", "much"),
            "an", Set.of("estimated"),
            "nearly", Set.of(),
            "some", Set.of());

    void find(Parse parse, Draft draft) {
        for (CharSpan c : draft.contents) {
            for (int i : parse.tokensIn(c)) {
                hedgeAt(parse, i, draft);
            }
        }
        if (draft.cue != null && draft.cue.head() >= 0) {
            for (int c : parse.children(draft.cue.head())) {
                if (parse.token(c).relation().equals("advmod")) {
                    hedgeAt(parse, c, draft);
                }
            }
        }
        draft.hedges.sort(null);
    }

    private static void hedgeAt(Parse parse, int i, Draft draft) {
        Token t = parse.token(i);
        String w = t.word().toLowerCase(java.util.Locale.ROOT);
        CharSpan found = null;
        if (WORDS.contains(w)) {
            found = new CharSpan(t.begin(), t.end());
        } else if (i + 1 < parse.tokens().size()) {
            Set<String> seconds = PAIRS.get(w);
            Token next = parse.token(i + 1);
            if (seconds != null && seconds.contains(next.word().toLowerCase(java.util.Locale.ROOT))
                    && (!w.equals("as") || (i + 2 < parse.tokens().size() && parse.token(i + 2).word().equalsIgnoreCase("as")))
                    && (!w.equals("up") || (i + 2 < parse.tokens().size() && parse.token(i + 2).tag().equals("CD")))) {
                found = new CharSpan(t.begin(), next.end());
            }
        }
        if (found != null && !draft.hedges.contains(found)) {
            draft.hedges.add(found);
        }
    }
}
