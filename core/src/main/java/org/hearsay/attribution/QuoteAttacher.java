package org.hearsay.attribution;

import org.hearsay.cues.Cue;
import org.hearsay.cues.CueClass;
import org.hearsay.parse.CharSpan;
import org.hearsay.parse.Parse;
import org.hearsay.parse.QuoteMarks;
import org.hearsay.parse.Token;
import org.hearsay.quotes.Quote;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Gives each quotation to the attribution that says it. A quote the parse already put (partly) in some
 * content is widened to its marks; otherwise the cue is looked for just after the quote
 * ({@code "…," he said}) and then just before it ({@code He said: "…"}), which also joins the two halves
 * of an interrupted quote under one cue.
 */
final class QuoteAttacher {

    /** How far from a quote its cue may stand, in tokens. */
    private static final int AFTER_WINDOW = 8;
    private static final int BEFORE_WINDOW = 8;

    /**
     * Returns the quotes it attached, so the rest can be judged as continuations or scare quotes.
     * {@code spare} holds the cues found with no content of their own ("”Why not?” Vitter demanded."), by
     * head: a quote beside one is what it says.
     */
    java.util.Set<Quote> attach(Parse parse, List<Quote> quotes, List<Draft> drafts, Map<Integer, Draft> byCueHead,
                                Map<Integer, Draft> spare, Function<Cue, Draft> open) {
        java.util.Set<Quote> attached = new java.util.HashSet<>();
        for (Quote q : quotes) {
            Cue introducer = colonCue(parse, q, byCueHead);
            if (introducer != null) {
                Draft own = byCueHead.get(introducer.head());
                if (own == null) {
                    own = open.apply(introducer);
                }
                // it says, it does not guess; and its words run up to the colon ("fired back forcefully:")
                CueClass kind = own.cue.kind() == CueClass.LEARNED ? CueClass.SPEECH : own.cue.kind();
                own.cue = new Cue(kind, own.cue.head(), own.cue.span().union(introducer.span()), own.cue.lemma());
                // a report before it whose content ran on over it gives the rest up ("Asked which pier was
                // her favourite, she demurred: “…”")
                int clause = own.source != null ? Math.min(own.source.begin(), introducer.span().begin()) : introducer.span().begin();
                for (Draft d : drafts) {
                    if (d != own && d.cue != null && d.cue.span().end() <= clause) {
                        d.cutContent(parse.text(), clause, q.end());
                    }
                }
                for (CharSpan f : q.fragments()) {
                    own.addContent(f);
                }
                attached.add(q);
                continue;
            }
            Draft holder = null;
            int best = 0;
            for (Draft d : drafts) {
                int overlap = 0;
                for (CharSpan c : d.contents) {
                    for (CharSpan f : q.fragments()) {
                        overlap += c.overlap(f);
                    }
                }
                if (overlap > best) {
                    best = overlap;
                    holder = d;
                }
            }
            if (holder == null) {
                Cue cue = cueAfter(parse, q, byCueHead, spare);
                if (cue == null) {
                    cue = cueBefore(parse, q, byCueHead, spare);
                }
                if (cue != null) {
                    holder = byCueHead.get(cue.head());
                    if (holder == null) {
                        holder = open.apply(cue);
                    }
                }
            }
            if (holder != null) {
                for (CharSpan f : q.fragments()) {
                    holder.addContent(f);
                }
                attached.add(q);
            }
        }
        return attached;
    }

    private Cue cueAfter(Parse parse, Quote q, Map<Integer, Draft> byCueHead, Map<Integer, Draft> spare) {
        int i = parse.firstTokenAtOrAfter(q.end());
        int paragraph = parse.paragraphIndex(q.end() - 1);
        for (int n = 0; n < AFTER_WINDOW && i < parse.tokens().size(); n++, i++) {
            Token t = parse.token(i);
            if (parse.paragraphIndex(t.begin()) != paragraph || QuoteMarks.isDouble(t.word()) || isSentenceEnd(t) || isClauseBreak(t)) {
                return null;
            }
            Cue cue = speechCue(parse, t, byCueHead, spare);
            if (cue != null) {
                return cue;
            }
        }
        return null;
    }

    private Cue cueBefore(Parse parse, Quote q, Map<Integer, Draft> byCueHead, Map<Integer, Draft> spare) {
        int i = parse.firstTokenAtOrAfter(q.begin()) - 1;
        int paragraph = parse.paragraphIndex(q.begin());
        if (i < 0) {
            return null;
        }
        Token last = parse.token(i);
        // "He said:" and "..., he said, "..." " mark the introduction; so does a cue right before the mark
        boolean introduced = last.word().equals(":") || last.word().equals(",");
        for (int n = 0; n < BEFORE_WINDOW && i >= 0; n++, i--) {
            Token t = parse.token(i);
            if (parse.paragraphIndex(t.begin()) != paragraph || QuoteMarks.isDouble(t.word()) && n > 0 || isSentenceEnd(t)) {
                return null;
            }
            Cue cue = speechCue(parse, t, byCueHead, spare);
            if (cue != null && (introduced || n == 0 || n == 1)) {
                return cue;
            }
        }
        return null;
    }

    /**
     * The verb that introduces a quotation with a colon right before it, in its paragraph or at the end of
     * the one before: "she demurred: “…”", "Ruiz fired back: “…”", "as Ruiz put it: “…”", "The Herald
     * confirmed it, reporting:" followed by the quoted paragraph. Whatever the verb, it says the quote (in
     * half B of PolNeAR train, 91 of the 158 words right before a colon and a quotation are gold cues; the
     * others are mostly nouns and names, "Her message:", "Clinton:", which this leaves to other stages).
     */
    private static Cue colonCue(Parse parse, Quote q, Map<Integer, Draft> byCueHead) {
        int colon = parse.firstTokenAtOrAfter(q.begin()) - 1;
        if (colon < 1 || !parse.token(colon).word().equals(":")) {
            return null;
        }
        int paragraph = parse.paragraphIndex(parse.token(colon).begin());
        int quoted = parse.paragraphIndex(q.begin());
        if (quoted != paragraph && !(quoted == paragraph + 1 && parse.text().substring(parse.token(colon).end(),
                parse.paragraphs().get(paragraph).end()).isBlank())) {
            return null;
        }
        int last = colon - 1;
        int v = last;
        if (parse.token(v).word().equalsIgnoreCase("it")) {
            v--; // "as he put it:"
        }
        for (int n = 0; n < 2 && v > 0 && (parse.token(v).tag().startsWith("RB") || parse.token(v).tag().equals("RP")); n++) {
            v--; // "fired back forcefully:"
        }
        Token verb = parse.token(v);
        // a capital is a name the tagger took for a verb ("From Mayor Tomas Reyes:")
        if (!verb.isVerb() || !Character.isLowerCase(verb.word().charAt(0)) || verb.sentence() != parse.token(colon).sentence()
                || NOT_INTRODUCING.contains(verb.lemma())) {
            return null;
        }
        Draft d = byCueHead.get(v);
        if (d != null && !speaks(d.cue)) {
            return null;
        }
        return new Cue(d != null ? d.cue.kind() : CueClass.SPEECH, v, new CharSpan(verb.begin(), parse.token(last).end()), verb.lemma());
    }

    /** Verbs before a colon that introduce a list or a definition, not a quotation. */
    private static final java.util.Set<String> NOT_INTRODUCING = java.util.Set.of("be", "have", "do", "include", "follow",
            "read", "go", "reveal", "show", "feature", "contain");

    private static Cue speechCue(Parse parse, Token t, Map<Integer, Draft> byCueHead, Map<Integer, Draft> spare) {
        Draft d = byCueHead.getOrDefault(t.index(), spare.get(t.index()));
        if (d != null && speaks(d.cue)) {
            return d.cue;
        }
        if (t.isVerb() && SPEECH_FOR_QUOTES.contains(t.lemma())) {
            return new Cue(CueClass.SPEECH, t.index(), new CharSpan(t.begin(), t.end()), t.lemma());
        }
        return null;
    }

    /** Whether a cue can say a quotation: a verb's, not a noun's ("his claim") or a phrase's ("according to"). */
    private static boolean speaks(Cue cue) {
        return cue.kind() != CueClass.NOUN && cue.kind() != CueClass.PHRASE;
    }

    /** Verbs that introduce a quotation even where the parse gave them nothing to say. */
    private static final java.util.Set<String> SPEECH_FOR_QUOTES = java.util.Set.copyOf(java.util.List.of(
            "say", "add", "tell", "write", "state", "continue", "explain", "insist", "declare", "ask", "reply",
            "respond", "recall", "note", "warn", "tweet", "post", "argue", "claim", "joke", "quip", "conclude",
            "shout", "exclaim", "answer", "remark", "observe", "muse", "wonder", "concede", "admit", "boast",
            "complain", "lament", "predict", "promise", "vow", "announce", "read", "scoff", "retort", "counter"));

    /** "…," but analysts say: a new clause with its own speaker. */
    private static boolean isClauseBreak(Token t) {
        return switch (t.word().toLowerCase(java.util.Locale.ROOT)) {
            case "but", "while", "although", "though", "whereas", ";", "yet" -> true;
            default -> false;
        };
    }

    private static boolean isSentenceEnd(Token t) {
        return t.word().equals(".") || t.word().equals("!") || t.word().equals("?");
    }
}
