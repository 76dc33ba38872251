package org.hearsay.quotes;

import org.hearsay.parse.CharSpan;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds double-quoted stretches of text. Curly marks say which way they face; a straight mark faces
 * the way its neighbours suggest. A quote left open at the end of a paragraph continues when the next
 * paragraph opens with a quote mark (the newspaper convention for long quotes); otherwise it ends with
 * its paragraph, so an odd mark never swallows the rest of the article. Stateless and thread-safe.
 */
public final class QuoteFinder {

    private static final int MAX_PARAGRAPHS = 12;

    public List<Quote> find(String text, List<CharSpan> paragraphs) {
        List<Quote> out = new ArrayList<>();
        List<CharSpan> pending = new ArrayList<>();
        int open = -1;
        for (int p = 0; p < paragraphs.size(); p++) {
            CharSpan para = paragraphs.get(p);
            for (int i = para.begin(); i < para.end(); i++) {
                Mark mark = markAt(text, i, para, open >= 0);
                if (mark == Mark.NONE) {
                    continue;
                }
                int width = markWidth(text, i, para);
                if (open < 0) {
                    if (mark == Mark.OPEN) {
                        open = i;
                    }
                    // a stray closing mark with nothing open is ignored
                } else if (mark == Mark.CLOSE) {
                    pending.add(new CharSpan(open, i + width));
                    out.add(new Quote(pending, true));
                    pending = new ArrayList<>();
                    open = -1;
                } else {
                    int nested = nestedEnd(text, i + width, para);
                    if (nested >= 0) {
                        // "… what he calls “hell” than …”": a quote inside the quote, written with the same marks
                        i = nested;
                        continue;
                    }
                    if (pending.isEmpty() && i > open + 2) {
                        // An opening mark while a quote is open: the earlier mark was unbalanced.
                        // Keep the newer one, which starts what the writer meant as a quote.
                        open = i;
                    }
                }
                i += width - 1;
            }
            if (open >= 0) {
                pending.add(new CharSpan(open, para.end()));
                boolean reopens = p + 1 < paragraphs.size() && opensWithQuote(text, paragraphs.get(p + 1))
                        && pending.size() < MAX_PARAGRAPHS;
                if (reopens) {
                    // the next paragraph's opening mark belongs to this same quote
                    open = -2;
                } else {
                    out.add(new Quote(pending, false));
                    pending = new ArrayList<>();
                    open = -1;
                }
            }
            if (open == -2) {
                CharSpan next = paragraphs.get(p + 1);
                open = next.begin();
                // skip that mark: the loop of the next paragraph starts after it
                paragraphs = skipFirst(paragraphs, p + 1, markWidth(text, next.begin(), next));
            }
        }
        return out;
    }

    /**
     * Where a quote opened inside an open quote ends, when it is nested: its closing mark is followed by
     * another before any mark opens, in the same paragraph. The index of its last char, or -1.
     */
    private static int nestedEnd(String text, int from, CharSpan para) {
        int inner = -1;
        for (int i = from; i < para.end(); i++) {
            Mark mark = markAt(text, i, para, true);
            if (mark == Mark.OPEN) {
                return -1;
            }
            if (mark == Mark.CLOSE) {
                if (inner >= 0) {
                    return inner;
                }
                inner = i + markWidth(text, i, para) - 1;
                i = inner;
            }
        }
        return -1;
    }

    private static List<CharSpan> skipFirst(List<CharSpan> paragraphs, int index, int width) {
        List<CharSpan> copy = new ArrayList<>(paragraphs);
        CharSpan p = copy.get(index);
        copy.set(index, new CharSpan(Math.min(p.end(), p.begin() + width), p.end()));
        return copy;
    }

    private static boolean opensWithQuote(String text, CharSpan para) {
        char c = text.charAt(para.begin());
        return c == '“' || c == '"' || c == '„' || c == '«' || isDoubledApostrophe(text, para.begin(), para)
                || c == '`' && para.begin() + 1 < para.end() && text.charAt(para.begin() + 1) == '`';
    }

    private static int markWidth(String text, int i, CharSpan para) {
        boolean doubled = isDoubledApostrophe(text, i, para)
                || text.charAt(i) == '`' && i + 1 < para.end() && text.charAt(i + 1) == '`';
        return doubled ? 2 : 1;
    }

    /** Some wire and archive texts write a double quote as two apostrophes: {@code ''like this''}. */
    private static boolean isDoubledApostrophe(String text, int i, CharSpan para) {
        return text.charAt(i) == '\'' && i + 1 < para.end() && text.charAt(i + 1) == '\''
                && (i == para.begin() || text.charAt(i - 1) != '\'');
    }

    private enum Mark { OPEN, CLOSE, NONE }

    private static Mark markAt(String text, int i, CharSpan para, boolean inside) {
        char c = text.charAt(i);
        int width = 1;
        switch (c) {
            case '“', '„', '«':
                // a mark facing the wrong way, as web copy has them: "here,“ said Ruiz" closes
                return inside && isClosingAt(text, i + 1, para) && !isOpeningAt(text, i, para) ? Mark.CLOSE : Mark.OPEN;
            case '”', '»':
                // and "”We will reopen the port" at the start of a paragraph opens
                return !inside && isOpeningAt(text, i, para) && !isClosingAt(text, i + 1, para) ? Mark.OPEN : Mark.CLOSE;
            case '"':
                break;
            case '`':
                return i + 1 < para.end() && text.charAt(i + 1) == '`' ? Mark.OPEN : Mark.NONE;
            case '\'':
                if (!isDoubledApostrophe(text, i, para)) {
                    return Mark.NONE;
                }
                width = 2;
                break;
            default:
                return Mark.NONE;
        }
        boolean spaceBefore = isOpeningAt(text, i, para);
        boolean spaceAfter = isClosingAt(text, i + width, para);
        if (spaceBefore && !spaceAfter) {
            return Mark.OPEN;
        }
        if (spaceAfter && !spaceBefore) {
            return Mark.CLOSE;
        }
        return inside ? Mark.CLOSE : Mark.OPEN;
    }

    /** Whether what comes before index {@code i} lets a mark there open a quote. */
    private static boolean isOpeningAt(String text, int i, CharSpan para) {
        return i == para.begin() || isOpeningContext(text.charAt(i - 1));
    }

    /** Whether what begins at index {@code i} (just after a mark) lets the mark close a quote. */
    private static boolean isClosingAt(String text, int i, CharSpan para) {
        return i >= para.end() || isClosingContext(text.charAt(i));
    }

    private static boolean isOpeningContext(char before) {
        return Character.isWhitespace(before) || "([{—–-/:".indexOf(before) >= 0;
    }

    private static boolean isClosingContext(char after) {
        return Character.isWhitespace(after) || ".,;:!?)]}—–-…".indexOf(after) >= 0;
    }
}
