package org.hearsay.store;

import org.hearsay.model.Analysis;
import org.hearsay.model.Attribution;
import org.hearsay.model.AttributionKind;
import org.hearsay.model.DocumentInfo;
import org.hearsay.model.Entity;
import org.hearsay.model.EntityType;
import org.hearsay.model.Span;
import org.hearsay.model.Speaker;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The store on hand-made analyses (no CoreNLP here): what goes in comes out, once, with entities
 * shared across articles.
 */
class StoreTest {

    static Span span(String text, String part) {
        int start = text.indexOf(part);
        return new Span(text.codePointCount(0, start), text.codePointCount(0, start) + part.codePointCount(0, part.length()), part);
    }

    /** "NAME told the Herald that TEXT", reported by the Herald or relayed through the Times. */
    static Analysis article(String outlet, String date, String name, String alias, EntityType type, String content, boolean relayed) {
        String text = relayed
                ? "According to the Times, " + alias + " said " + content + "."
                : name + " said " + content + ".";
        String source = relayed ? alias : name;
        Entity speaker = new Entity("e1", name, type, relayed ? List.of(alias) : List.of(), List.of(), List.of(span(text, source)));
        Attribution said = new Attribution(relayed ? "a2" : "a1", AttributionKind.INDIRECT, Optional.of(span(text, "said")),
                List.of(span(text, source)), List.of(span(text, content)),
                Optional.of(new Speaker("e1", name, Optional.empty())), Optional.empty(),
                relayed ? Optional.of("a1") : Optional.empty(), List.of(), 0.8);
        if (!relayed) {
            return new Analysis(new DocumentInfo("d", Optional.of("A story"), Optional.of(LocalDate.parse(date)), Optional.of(outlet), Optional.empty()),
                    text, List.of(said), List.of(speaker));
        }
        Entity times = new Entity("e2", "The New York Times", EntityType.OUTLET, List.of("the Times"), List.of(), List.of(span(text, "the Times")));
        Attribution according = new Attribution("a1", AttributionKind.INDIRECT, Optional.of(span(text, "According to")),
                List.of(span(text, "the Times")), List.of(span(text, alias + " said " + content)),
                Optional.of(new Speaker("e2", "The New York Times", Optional.empty())), Optional.empty(), Optional.empty(), List.of(), 0.9);
        return new Analysis(new DocumentInfo("d", Optional.of("Relayed"), Optional.of(LocalDate.parse(date)), Optional.of(outlet), Optional.empty()),
                text, List.of(according, said), List.of(times, speaker));
    }

    @Test
    void storesOnceAndAnswersQuestions(@TempDir Path dir) {
        try (Store store = Store.open(dir.resolve("h.db"))) {
            Analysis one = article("Valmora Herald", "2026-03-02", "Marta Iliescu", "Iliescu", EntityType.PERSON, "the strike would go on", false);
            assertThat(store.put("one.txt", one)).isPresent();
            assertThat(store.put("one-again.txt", one)).isEmpty();
            assertThat(store.contains(one.text() + "  \n")).isTrue(); // white space does not make a new article
            Analysis two = article("Port Weekly", "2026-03-01", "Marta Iliescu", "Iliescu", EntityType.PERSON, "members were tired of promises", true);
            assertThat(store.put("two.txt", two)).isPresent();
            // a third article names her by surname only: the alias learnt from article two finds her
            Analysis three = article("Port Weekly", "2026-03-05", "Iliescu", "Iliescu", EntityType.PERSON, "talks would resume", false);
            store.put("three.txt", three);

            assertThat(store.articleCount()).isEqualTo(3);
            assertThat(store.speakers(10)).first().satisfies(s -> {
                assertThat(s.name()).isEqualTo("Marta Iliescu");
                assertThat(s.attributions()).isEqualTo(3);
                assertThat(s.articles()).isEqualTo(3);
                assertThat(s.outlets()).isEqualTo(2);
            });
            List<Answers.Quote> quotes = store.quotes("iliescu");
            assertThat(quotes).extracting(Answers.Quote::published).containsExactly(Optional.of("2026-03-01"), Optional.of("2026-03-02"), Optional.of("2026-03-05"));
            assertThat(quotes.get(0).chain()).containsExactly("Marta Iliescu", "The New York Times", "this article");
            assertThat(store.quotes("the times")).singleElement().satisfies(q -> assertThat(q.content()).contains("members were tired"));

            // her words, and the Times' report that holds them
            assertThat(store.search("tired promises", 10)).hasSize(2).anySatisfy(h -> {
                assertThat(h.speaker()).isEqualTo("Marta Iliescu");
                assertThat(h.snippet()).contains(Answers.MARK_START + "tired" + Answers.MARK_END);
            });
            assertThat(store.search("\"unbalanced AND (", 10)).isEmpty(); // user text is never FTS syntax

            assertThat(store.outlet("port weekly", 10)).hasValueSatisfying(r -> {
                assertThat(r.articles()).isEqualTo(2);
                assertThat(r.cited()).extracting(Answers.Count::name).contains("Marta Iliescu", "The New York Times");
                assertThat(r.relays()).containsExactly(new Answers.Count("The New York Times", 1));
            });
            assertThat(store.outlet("Nobody's Gazette", 10)).isEmpty();
        }
    }

    @Test
    void failuresAreKeptUntilTheItemSucceeds(@TempDir Path dir) {
        try (Store store = Store.open(dir.resolve("h.db"))) {
            store.fail("bad.txt", "is empty");
            store.fail("bad.txt", "is empty"); // a re-run replaces, never duplicates
            assertThat(store.failures()).singleElement().satisfies(f -> assertThat(f.reason()).isEqualTo("is empty"));
            store.put("bad.txt", article("Herald", "2026-01-01", "Ana Pereira", "Pereira", EntityType.PERSON, "fees would rise", false));
            assertThat(store.failures()).isEmpty();
        }
    }

    @Test
    void theSchemaIsVersionedAndANewerFileIsRefused(@TempDir Path dir) throws Exception {
        Path db = dir.resolve("h.db");
        Store.open(db).close();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            try (ResultSet r = s.executeQuery("PRAGMA user_version")) {
                assertThat(r.getInt(1)).isEqualTo(Store.schemaVersion());
            }
            s.execute("PRAGMA user_version = 99");
        }
        assertThatThrownBy(() -> Store.open(db)).isInstanceOf(StoreException.class).hasMessageContaining("schema version 99");
    }

    @Test
    void entityKeysIgnoreCaseTheAndMiddleInitials() {
        assertThat(Store.fold("Donald J. Trump")).isEqualTo(Store.fold("donald trump"));
        assertThat(Store.fold("The  New York Times")).isEqualTo("new york times");
        assertThat(Store.fold("J. K. Rowling")).isEqualTo("j. rowling");
    }
}
