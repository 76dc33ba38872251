package org.hearsay.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * The linguistic analysis of one text: tokens with dependency heads, sentences and paragraphs.
 * Immutable once built; the navigation methods below are what the extraction stages use.
 */
public final class Parse {

    private final String text;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final List<CharSpan> paragraphs;
    private final int[][] children;

    public Parse(String text, List<Token> tokens, List<Sentence> sentences) {
        this.text = text;
        this.tokens = List.copyOf(tokens);
        this.sentences = List.copyOf(sentences);
        this.paragraphs = paragraphsOf(text);
        List<List<Integer>> kids = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            kids.add(new ArrayList<>());
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.index() != i) {
                throw new IllegalStateException("token at position " + i + " has index " + t.index());
            }
            if (t.head() >= 0) {
                kids.get(t.head()).add(t.index());
            }
        }
        children = new int[tokens.size()][];
        for (int i = 0; i < tokens.size(); i++) {
            children[i] = kids.get(i).stream().mapToInt(Integer::intValue).toArray();
        }
    }

    /** Each line with text on it is a paragraph: news text marks paragraphs with one or two newlines. */
    static List<CharSpan> paragraphsOf(String text) {
        List<CharSpan> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                CharSpan paragraph = new CharSpan(start, i).strip(text);
                if (!paragraph.isEmpty()) {
                    out.add(paragraph);
                }
                start = i + 1;
            }
        }
        return out;
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public Token token(int index) {
        return tokens.get(index);
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public Sentence sentenceOf(Token t) {
        return sentences.get(t.sentence());
    }

    public List<CharSpan> paragraphs() {
        return paragraphs;
    }

    /** The index of the paragraph holding the char at {@code offset}, or -1 between paragraphs. */
    public int paragraphIndex(int offset) {
        int lo = 0;
        int hi = paragraphs.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            CharSpan p = paragraphs.get(mid);
            if (offset < p.begin()) {
                hi = mid - 1;
            } else if (offset >= p.end()) {
                lo = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }

    public int[] children(int token) {
        return children[token];
    }

    /** The first child of {@code token} whose relation is one of {@code relations}, or -1. */
    public int child(int token, String... relations) {
        for (int c : children[token]) {
            String rel = tokens.get(c).relation();
            for (String r : relations) {
                if (rel.equals(r)) {
                    return c;
                }
            }
        }
        return -1;
    }

    /** The tokens of the subtree under {@code head}, head included. */
    public BitSet subtree(int head) {
        BitSet out = new BitSet(tokens.size());
        collect(head, out);
        return out;
    }

    private void collect(int head, BitSet out) {
        int[] stack = new int[tokens.size() + 1];
        int top = 0;
        stack[top++] = head;
        while (top > 0) {
            int t = stack[--top];
            if (out.get(t)) {
                continue;
            }
            out.set(t);
            for (int c : children[t]) {
                stack[top++] = c;
            }
        }
    }

    /** Whether {@code token} lies under {@code ancestor} in the dependency tree (or is it). */
    public boolean dominates(int ancestor, int token) {
        int t = token;
        int guard = 0;
        while (t >= 0 && guard++ < tokens.size()) {
            if (t == ancestor) {
                return true;
            }
            t = tokens.get(t).head();
        }
        return false;
    }

    /**
     * The contiguous runs of the given tokens, as char spans, skipping runs that hold only punctuation
     * and trimming punctuation that only separates ({@code ,;:}) at either end of a run.
     */
    public List<CharSpan> fragments(BitSet selected) {
        List<CharSpan> out = new ArrayList<>();
        int i = selected.nextSetBit(0);
        while (i >= 0) {
            int j = i;
            while (selected.get(j + 1)) {
                j++;
            }
            int first = i;
            int last = j;
            while (first <= last && isSeparator(tokens.get(first))) {
                first++;
            }
            while (last >= first && isSeparator(tokens.get(last))) {
                last--;
            }
            boolean content = false;
            for (int k = first; k <= last; k++) {
                content |= !tokens.get(k).isPunctuation();
            }
            if (content) {
                out.add(new CharSpan(tokens.get(first).begin(), tokens.get(last).end()));
            }
            i = selected.nextSetBit(j + 1);
        }
        return out;
    }

    private static boolean isSeparator(Token t) {
        return switch (t.word()) {
            case ",", ";", ":", "--", "-", "—", "–", "(", ")", "." -> true;
            default -> false;
        };
    }

    /** The first of the given tokens that is not punctuation, or -1 when there is none. */
    public int firstWord(BitSet selected) {
        int k = selected.nextSetBit(0);
        while (k >= 0 && tokens.get(k).isPunctuation()) {
            k = selected.nextSetBit(k + 1);
        }
        return k;
    }

    /** The smallest span covering the given tokens, or null when none is selected. */
    public CharSpan cover(BitSet selected) {
        if (selected.isEmpty()) {
            return null;
        }
        return new CharSpan(tokens.get(selected.nextSetBit(0)).begin(), tokens.get(selected.length() - 1).end());
    }

    /** The tokens that start inside {@code span}. */
    public int[] tokensIn(CharSpan span) {
        int from = firstTokenAtOrAfter(span.begin());
        int to = from;
        while (to < tokens.size() && tokens.get(to).begin() < span.end()) {
            to++;
        }
        int[] out = new int[to - from];
        Arrays.setAll(out, k -> from + k);
        return out;
    }

    /** The index of the first token that begins at or after {@code offset} (tokens.size() if none). */
    public int firstTokenAtOrAfter(int offset) {
        int lo = 0;
        int hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).begin() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The token covering {@code offset}, or -1. */
    public int tokenAt(int offset) {
        int i = firstTokenAtOrAfter(offset + 1) - 1;
        if (i >= 0 && tokens.get(i).begin() <= offset && offset < tokens.get(i).end()) {
            return i;
        }
        return -1;
    }
}
