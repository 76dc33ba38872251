package org.hearsay.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gives a headline written In Title Case the case its words have in running text, so the tagger sees
 * "Christie calls Clinton 'a disgrace'" and not a row of proper nouns ("Christie Calls Clinton 'A
 * Disgrace'"). Each capitalised word of a title-case line is looked up in the rest of the text: one
 * written capitalised there in mid-sentence more often than in lower case (a name: "Clinton", "Wells
 * Fargo") keeps its capital; any other word is lowered. Words in capitals throughout ("CEO", "FBI")
 * and words with a capital inside ("McConnell") are left alone. The result has the same length as
 * the input, so every offset into it is an offset into the original. Stateless.
 */
final class HeadlineCase {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{M}'’\\-]*");
    /** Words a title may leave in lower case; they do not count against a line being in title case. */
    private static final Set<String> MINOR = Set.of("a", "an", "the", "of", "to", "in", "on", "for", "and", "or",
            "but", "at", "by", "with", "from", "as", "vs", "via", "into", "over", "per", "nor", "s");

    private HeadlineCase() {
    }

    /** The text with its title-case lines in running-text case; the text itself when it has none. */
    static String restore(String text) {
        List<int[]> lines = new ArrayList<>(); // begin, end, 1 when in title case
        boolean any = false;
        for (int lineStart = 0; lineStart < text.length(); ) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            boolean title = isTitleCase(text, lineStart, lineEnd);
            any |= title;
            lines.add(new int[] {lineStart, lineEnd, title ? 1 : 0});
            lineStart = lineEnd + 1;
        }
        if (!any) {
            return text;
        }
        Map<String, int[]> evidence = evidence(text, lines);
        char[] out = text.toCharArray();
        for (int[] line : lines) {
            if (line[2] == 1) {
                lower(text, line[0], line[1], evidence, out);
            }
        }
        return new String(out);
    }

    /** A line of at most 200 characters whose every word but the minor ones, three at least, starts with a capital. */
    static boolean isTitleCase(String text, int begin, int end) {
        if (end - begin > 200) {
            return false;
        }
        Matcher m = WORD.matcher(text).region(begin, end);
        int capitalised = 0;
        int lower = 0;
        while (m.find()) {
            String w = m.group();
            if (Character.isUpperCase(w.charAt(0))) {
                capitalised++;
            } else if (!MINOR.contains(w)) {
                lower++;
            }
        }
        return capitalised >= 3 && lower == 0;
    }

    private static void lower(String text, int begin, int end, Map<String, int[]> evidence, char[] out) {
        Matcher m = WORD.matcher(text).region(begin, end);
        while (m.find()) {
            String w = m.group();
            if (!Character.isUpperCase(w.charAt(0)) || hasInnerCapital(w)) {
                continue;
            }
            int[] seen = evidence.get(key(w));
            boolean unseen = seen == null;
            if (unseen && m.start() == begin) {
                continue; // the line's first word, never seen elsewhere: a capital is natural there
            }
            if (unseen || seen[0] >= seen[1]) {
                out[m.start()] = Character.toLowerCase(w.charAt(0));
            }
        }
    }

    private static boolean hasInnerCapital(String w) {
        for (int i = 1; i < w.length(); i++) {
            if (Character.isUpperCase(w.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * For each word outside title-case lines: how often it is written in lower case, and how often
     * capitalised where a sentence does not begin.
     */
    private static Map<String, int[]> evidence(String text, List<int[]> lines) {
        Map<String, int[]> counts = new HashMap<>();
        for (int[] line : lines) {
            if (line[2] == 1) {
                continue;
            }
            Matcher m = WORD.matcher(text).region(line[0], line[1]);
            while (m.find()) {
                String w = m.group();
                if (Character.isLowerCase(w.charAt(0))) {
                    counts.computeIfAbsent(key(w), k -> new int[2])[0]++;
                } else if (Character.isUpperCase(w.charAt(0)) && !startsSentence(text, line[0], m.start())) {
                    counts.computeIfAbsent(key(w), k -> new int[2])[1]++;
                }
            }
        }
        return counts;
    }

    private static boolean startsSentence(String text, int lineStart, int at) {
        int i = at - 1;
        while (i >= lineStart && (Character.isWhitespace(text.charAt(i)) || "\"“‘'(—–-―".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i < lineStart || ".!?:;".indexOf(text.charAt(i)) >= 0;
    }

    private static String key(String w) {
        String k = w.toLowerCase(Locale.ROOT);
        if (k.endsWith("'s") || k.endsWith("’s")) {
            k = k.substring(0, k.length() - 2);
        }
        return k;
    }
}
