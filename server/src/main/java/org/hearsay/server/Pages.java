package org.hearsay.server;

/**
 * The HTML of each page: a shell with the navigation, whose content {@code /static/app.js} fills
 * from the JSON API. Nothing from the store is written into the HTML here; the script puts text in
 * with {@code textContent}, so an article's {@code <script>} stays text. What the shell does carry
 * (an id from the path) is escaped.
 */
final class Pages {

    private Pages() {
    }

    static String page(String kind, String title, String param) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%s · hearsay</title>
                <link rel="stylesheet" href="/static/app.css">
                </head>
                <body data-page="%s" data-param="%s">
                <header class="top">
                  <a class="brand" href="/">hearsay</a>
                  <nav>
                    <a href="/">Articles</a>
                    <a href="/speakers">Speakers</a>
                    <a href="/graph">Sources graph</a>
                    <a href="/search">Search</a>
                    <a href="/analyze">Analyse</a>
                  </nav>
                </header>
                <main id="main"><p class="muted">Loading…</p></main>
                %s
                <script src="/static/app.js"></script>
                </body>
                </html>
                """.formatted(escape(title), escape(kind), escape(param),
                kind.equals("graph") ? "<script src=\"/webjars/cytoscape/3.2.5/dist/cytoscape.min.js\"></script>" : "");
    }

    /** Escapes text for HTML content and double-quoted attributes. */
    static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '&' -> b.append("&amp;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
