package org.hearsay.store;

import java.util.List;

/**
 * The store's schema as a list of migrations: migration {@code i} takes a file from version
 * {@code i} to {@code i + 1}. The version lives in SQLite's {@code user_version}. Append, never edit:
 * a file made by an older hearsay is brought up to date when it is opened.
 */
final class Schema {

    private Schema() {
    }

    static final List<String> MIGRATIONS = List.of(
            // 1: articles, attributions with their spans, entities shared across articles, failures, full text
            """
            CREATE TABLE articles (
              id        INTEGER PRIMARY KEY,
              hash      TEXT NOT NULL UNIQUE,        -- SHA-256 of the normalised text: the article's identity
              origin    TEXT NOT NULL,               -- file, or file and record, it was read from
              title     TEXT,
              url       TEXT,
              published TEXT,                        -- YYYY-MM-DD
              outlet    TEXT,
              text      TEXT NOT NULL,
              ingested  TEXT NOT NULL
            );
            CREATE INDEX articles_outlet ON articles(outlet COLLATE NOCASE);
            CREATE TABLE entities (
              id   INTEGER PRIMARY KEY,
              key  TEXT NOT NULL UNIQUE,             -- type and folded canonical name
              name TEXT NOT NULL,
              type TEXT NOT NULL
            );
            CREATE TABLE aliases (
              entity INTEGER NOT NULL REFERENCES entities(id),
              alias  TEXT NOT NULL COLLATE NOCASE,
              PRIMARY KEY (entity, alias)
            ) WITHOUT ROWID;
            CREATE INDEX aliases_alias ON aliases(alias);
            CREATE TABLE mentions (
              article INTEGER NOT NULL REFERENCES articles(id),
              entity  INTEGER NOT NULL REFERENCES entities(id),
              start   INTEGER NOT NULL,
              end     INTEGER NOT NULL,
              text    TEXT NOT NULL
            );
            CREATE INDEX mentions_entity ON mentions(entity);
            CREATE INDEX mentions_article ON mentions(article);
            CREATE TABLE attributions (
              id         INTEGER PRIMARY KEY,
              article    INTEGER NOT NULL REFERENCES articles(id),
              local_id   TEXT NOT NULL,              -- a1, a2... as in the article's JSON
              kind       TEXT NOT NULL,
              parent     TEXT,                       -- local id of the enclosing report
              speaker    INTEGER REFERENCES entities(id),
              role       TEXT,
              recipient  INTEGER REFERENCES entities(id),
              sources    TEXT NOT NULL,              -- the source spans' text, joined
              content    TEXT NOT NULL,              -- the content spans' text, joined
              cue        TEXT,
              chain      TEXT NOT NULL,              -- JSON array: speaker first, "this article" last
              relay      TEXT,                       -- the link just before this article, when there is one
              hedged     INTEGER NOT NULL,
              confidence REAL NOT NULL,
              UNIQUE (article, local_id)
            );
            CREATE INDEX attributions_speaker ON attributions(speaker);
            CREATE TABLE spans (
              attribution INTEGER NOT NULL REFERENCES attributions(id),
              role        TEXT NOT NULL,             -- cue, source, content, hedge, recipient
              start       INTEGER NOT NULL,          -- code points, half-open
              end         INTEGER NOT NULL,
              text        TEXT NOT NULL
            );
            CREATE INDEX spans_attribution ON spans(attribution);
            CREATE TABLE failures (
              origin TEXT PRIMARY KEY,
              reason TEXT NOT NULL,
              at     TEXT NOT NULL
            );
            CREATE VIRTUAL TABLE contents USING fts5(content, speaker, tokenize = 'unicode61 remove_diacritics 2');
            """
    );
}
