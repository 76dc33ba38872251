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
 * Attributions that layout carries rather than grammar, as in press releases:
 * a quote followed by {@code — Name, Title}, or introduced by a line {@code From Name:}. Stateless.
 */
final class PressReleaseLayouts {

    private static final Pattern DASH_SIGNATURE = Pattern.compile("\\G\\s*([—–―]|--?)\\s*(\\p{Lu}[^\\n]{1,200}?)\\s*$");
    private static final Pattern FROM_LINE = Pattern.compile("^(From)\\s+(\\p{Lu}[^\\n:]{1,150}?)\\s*:\\s*$");

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
        return out;
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
        return layoutDraft(m.start(1), m.end(1), m.start(2), m.end(2));
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
        return layoutDraft(b + m.start(1), b + m.end(1), b + m.start(2), b + m.end(2));
    }

    private static Draft layoutDraft(int cueBegin, int cueEnd, int sourceBegin, int sourceEnd) {
        Draft d = new Draft(new Cue(CueClass.LAYOUT, -1, new CharSpan(cueBegin, cueEnd), "layout"));
        d.source = new CharSpan(sourceBegin, sourceEnd);
        return d;
    }
}
