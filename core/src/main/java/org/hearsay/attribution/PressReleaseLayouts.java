package org.hearsay.attribution;

import org.hearsay.cues.Cue;
import org.hearsay.cues.CueClass;
import org.hearsay.model.AttributionKind;
import org.hearsay.parse.CharSpan;
import org.hearsay.parse.Parse;
import org.hearsay.quotes.Quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Attributions that layout carries rather than grammar, as in press releases and transcripts:
 * a quote followed by {@code — Name, Title} (also several in one paragraph, each signed), a quote
 * introduced by a line {@code From Name:}, a transcript's turn {@code PENCE: Well, look, ...}, and a
 * headline {@code Ortiz: Port must stay open}.
 * Stateless.
 */
final class PressReleaseLayouts {

    private static final Pattern DASH_SIGNATURE = Pattern.compile("\\G[\\s\u00a0]*([—–―]|--?)[\\s\u00a0]*(\\p{Lu}[^\\n“”\"]{1,200}?)[\\s\u00a0]*(?=[“”\"]|$)");
    /** A transcript turn: a speaker's name in capitals, a colon, what they said. */
    private static final Pattern TURN = Pattern.compile("^[\"“]?(\\p{Lu}[\\p{Lu}.'’-]+(?: \\p{Lu}[\\p{Lu}.'’-]+){0,3}|[QA])(:)\\s+(\\S.*?)[\"”]?\\s*$");
    /** A turn in a summary of a debate: 'Ortiz: "We will reopen the port."' — a name, a colon, a quotation. */
    private static final Pattern QUOTED_TURN = Pattern.compile("^(\\p{Lu}[\\p{L}.'’-]+(?: \\p{Lu}[\\p{L}.'’-]+){0,2})(:)\\s+([\"“].*?)\\s*$");
    /** A headline's "Pence: Flowers won't be at debate", "Clinton camp: …": a short name, a colon, the claim. */
    private static final Pattern HEADLINE = Pattern.compile("^(\\p{Lu}[\\p{L}.'’-]*(?: [\\p{L}.'’-]+){0,3})(:)\\s+(\\S.*?)\\.?\\s*$");
    /**
     * Labels that look like a name before a colon but announce a section, not a speaker. ("Poll: …" is a
     * source: 5 of 6 such titles in PolNeAR train carry an attribution.)
     */
    private static final Set<String> LABELS = Set.of("note", "update", "updated", "editor's note", "editor’s note", "photo",
            "photos", "video", "watch", "related", "source", "sources", "correction", "read more", "breaking", "exclusive",
            "analysis", "opinion", "review", "q", "a", "live", "listen", "graphic", "map", "timeline", "factbox",
            "the latest", "paid notice", "delegate update", "morning email", "byline", "busted", "boom", "wow", "just in",
            "must see", "must read", "revealed", "leaked", "confirmed", "huffpollster"); // PolNeAR train: "The Latest:" 0 of 8
    /** "CNN Chief On Trump: …", "Ortiz To Dockers: …": what comes after the speaker's name, whom or what it is about. */
    private static final Pattern TOPIC = Pattern.compile(" (?i:on|to|about|for|at|in) ");
    private static final Pattern FROM_LINE = Pattern.compile("^(From)\\s+(\\p{Lu}[^\\n:]{1,150}?)\\s*:\\s*$");

    /** A section label, not a speaker: "Update:", "The Latest:", "Monday's Morning Email:". */
    private static boolean isLabel(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return LABELS.contains(n) || n.endsWith(" morning email") || n.endsWith(" update");
    }

    /**
     * Whether the words before a headline's colon are an exclamation or a clause, not a name: "Wow:",
     * "Revealed:", "Just Leaked:", "Bill is back:" (a verb, an interjection, or an adverb first).
     */
    private static boolean isExclamation(Parse parse, int begin, int end) {
        int[] tokens = parse.tokensIn(new CharSpan(begin, end));
        for (int k : tokens) {
            String tag = parse.token(k).tag();
            if (tag.startsWith("VB") || tag.equals("UH") || k == tokens[0] && tag.startsWith("RB")) {
                return true;
            }
        }
        return false;
    }

    List<Draft> find(Parse parse, List<Quote> quotes, Set<Quote> attached) {
        List<Draft> out = new ArrayList<>();
        String text = parse.text();
        List<CharSpan> paragraphs = parse.paragraphs();
        for (Quote q : quotes) {
            if (attached.contains(q)) {
                continue;
            }
            Draft d = signatureAfter(text, paragraphs, parse, q);
            if (d == null) {
                d = fromLineBefore(text, paragraphs, parse, q);
            }
            if (d != null) {
                for (CharSpan f : q.fragments()) {
                    d.addContent(f);
                }
                d.kind = AttributionKind.DIRECT;
                out.add(d);
            }
        }
        if (!parse.paragraphs().isEmpty()) {
            CharSpan title = parse.paragraphs().get(0);
            Matcher m = HEADLINE.matcher(title.of(text));
            boolean turn = TURN.matcher(title.of(text)).find(); // a transcript's first turn, taken below
            if (!turn && m.find() && !isLabel(m.group(1)) && !isExclamation(parse, title.begin() + m.start(1), title.begin() + m.end(1))
                    && !covered(out, title)) {
                Draft d = nameColonClaim(text, title.begin(), m);
                Matcher topic = TOPIC.matcher(d.source.of(text));
                if (topic.find()) {
                    d.source = new CharSpan(d.source.begin(), d.source.begin() + topic.start()); // "CNN Chief On Trump:"
                }
                out.add(d);
            }
        }
        for (CharSpan para : parse.paragraphs()) {
            Matcher m = TURN.matcher(para.of(text));
            if (!m.find()) {
                m = QUOTED_TURN.matcher(para.of(text));
                if (!m.find() || isLabel(m.group(1))) {
                    continue;
                }
            } else if (isLabel(m.group(1)) && m.group(1).length() > 1) {
                continue; // "UPDATE:", "BYLINE:"; but an interview's "Q:" and "A:" are turns
            }
            if (!covered(out, para)) {
                out.add(nameColonClaim(text, para.begin(), m));
            }
        }
        return out;
    }

    /** A draft from a "Name: claim" match (groups: 1 the name, 2 the colon, 3 the claim) in a paragraph starting at {@code b}. */
    private static Draft nameColonClaim(String text, int b, Matcher m) {
        Draft d = layoutDraft(text, b + m.start(2), b + m.end(2), b + m.start(1), b + m.end(1));
        d.addContent(new CharSpan(b + m.start(3), b + m.end(3)));
        return d;
    }

    private static boolean covered(List<Draft> drafts, CharSpan paragraph) {
        for (Draft d : drafts) {
            if (d.contentOverlaps(paragraph)) {
                return true;
            }
        }
        return false;
    }

    private static Draft signatureAfter(String text, List<CharSpan> paragraphs, Parse parse, Quote q) {
        int p = parse.paragraphIndex(q.end() - 1);
        CharSpan para = paragraphs.get(p);
        String rest = text.substring(q.end(), para.end());
        int lineStart = q.end();
        if (rest.isBlank() && p + 1 < paragraphs.size()) {
            // the signature on the line after the quote
            para = paragraphs.get(p + 1);
            lineStart = para.begin();
        }
        Matcher m = DASH_SIGNATURE.matcher(text.substring(0, para.end()));
        m.region(lineStart, para.end());
        if (!m.find()) {
            return null;
        }
        return layoutDraft(text, m.start(1), m.end(1), m.start(2), m.end(2));
    }

    private static Draft fromLineBefore(String text, List<CharSpan> paragraphs, Parse parse, Quote q) {
        int p = parse.paragraphIndex(q.begin());
        if (p <= 0 || paragraphs.get(p).begin() != q.begin()) {
            return null;
        }
        CharSpan line = paragraphs.get(p - 1);
        Matcher m = FROM_LINE.matcher(line.of(text));
        if (!m.find()) {
            return null;
        }
        int b = line.begin();
        return layoutDraft(text, b + m.start(1), b + m.end(1), b + m.start(2), b + m.end(2));
    }

    private static Draft layoutDraft(String text, int cueBegin, int cueEnd, int sourceBegin, int sourceEnd) {
        Draft d = new Draft(new Cue(CueClass.LAYOUT, -1, new CharSpan(cueBegin, cueEnd), "layout"));
        int end = sourceEnd;
        // "― Carla Sanchez. “Next quote": the signature's closing space and full stop are not the name
        while (end > sourceBegin && (Character.isWhitespace(text.charAt(end - 1)) || text.charAt(end - 1) == '\u00a0'
                || text.charAt(end - 1) == '.' && end - 2 > sourceBegin && Character.isLowerCase(text.charAt(end - 2)))) {
            end--;
        }
        d.source = new CharSpan(sourceBegin, end);
        return d;
    }
}
