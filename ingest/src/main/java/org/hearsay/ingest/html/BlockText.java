package org.hearsay.ingest.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.Set;

/**
 * The text of an HTML element as a reader sees it: one paragraph per block (p, li, h1, blockquote...),
 * paragraphs separated by a blank line, white space inside a paragraph folded to single spaces.
 * Paragraph breaks matter downstream: quotes that run over several paragraphs are found by them.
 */
final class BlockText {

    private static final Set<String> BLOCKS = Set.of("address", "article", "aside", "blockquote", "dd", "details", "div",
            "dl", "dt", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hr", "li",
            "main", "nav", "ol", "p", "pre", "section", "table", "tr", "td", "th", "ul", "br", "summary", "caption");

    private BlockText() {
    }

    static String of(Element root) {
        StringBuilder out = new StringBuilder();
        StringBuilder para = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    para.append(t.getWholeText());
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(out, para);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    flush(out, para);
                }
            }
        }, root);
        flush(out, para);
        return out.toString();
    }

    private static void flush(StringBuilder out, StringBuilder para) {
        String p = fold(para);
        para.setLength(0);
        if (!p.isEmpty()) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            out.append(p);
        }
    }

    /** Folds runs of white space (also non-breaking spaces) to one space and trims. */
    static String fold(CharSequence s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }
}
