package org.hearsay.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills an ingest of 1,000 files with SIGKILL half-way, runs it again, and finds every article
 * exactly once with all of its attributions: nothing lost, nothing doubled, nothing half-written.
 */
class CrashResumeTest {

    static final String[] PEOPLE = {"Marta Iliescu", "Paolo Ferrante", "Ana Pereira", "Daniel Okafor", "Lena Marsh"};
    static final String[] THINGS = {"the strike", "the ferry timetable", "the mooring fees", "the breakwater lights", "the night shifts"};

    @Test
    void killedMidwayThenResumedStoresEachArticleOnce(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 1000; i++) {
            String who = PEOPLE[i % PEOPLE.length];
            String what = THINGS[(i / PEOPLE.length) % THINGS.length];
            Files.writeString(in.resolve(String.format("a%04d.txt", i)),
                    who + " said on day " + i + " that " + what + " would be settled by week " + (i % 52 + 1) + ".\n");
        }
        Path db = dir.resolve("h.db");

        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "ingest", "--db", db.toString(), in.toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("first.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
        int before = 0;
        while (before < 150 && p.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(100);
            before = count(db, "SELECT count(*) FROM articles");
        }
        assertThat(p.isAlive()).as("ingest still running when killed (it had stored %d)", before).isTrue();
        p.destroyForcibly(); // SIGKILL: no shutdown hooks, no clean close
        p.waitFor(30, TimeUnit.SECONDS);
        int afterKill = count(db, "SELECT count(*) FROM articles");
        assertThat(afterKill).isBetween(150, 999);

        Cli second = Cli.run("ingest", "--db", db.toString(), in.toString());
        assertThat(second.exit()).as(second.out() + second.err()).isZero();
        assertThat(second.out()).contains((1000 - afterKill) + " new articles").contains(afterKill + " already stored");

        assertThat(count(db, "SELECT count(*) FROM articles")).isEqualTo(1000);
        assertThat(count(db, "SELECT count(DISTINCT hash) FROM articles")).isEqualTo(1000);
        assertThat(count(db, "SELECT count(DISTINCT origin) FROM articles")).isEqualTo(1000);
        // every article whole: the same attributions, spans and mentions as an ingest that was never interrupted
        Path reference = dir.resolve("reference.db");
        assertThat(Cli.run("ingest", "--db", reference.toString(), in.toString()).exit()).isZero();
        assertThat(perArticle(db)).isEqualTo(perArticle(reference));
        int attributions = count(db, "SELECT count(*) FROM attributions");
        assertThat(attributions).isGreaterThanOrEqualTo(900);
        assertThat(count(db, "SELECT count(*) FROM contents")).isEqualTo(attributions);
        assertThat(count(db, "SELECT count(*) FROM attributions a WHERE NOT EXISTS (SELECT 1 FROM spans s WHERE s.attribution = a.id AND s.role = 'content')")).isZero();
        assertThat(count(db, "SELECT count(*) FROM spans WHERE attribution NOT IN (SELECT id FROM attributions)")).isZero();
        assertThat(count(db, "SELECT count(*) FROM mentions WHERE article NOT IN (SELECT id FROM articles)")).isZero();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("PRAGMA integrity_check")) {
            assertThat(r.getString(1)).isEqualTo("ok");
        }
    }

    /** For each article (by text hash): its attributions, spans and mentions, counted. */
    static Map<String, String> perArticle(Path db) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("""
                     SELECT ar.hash,
                            (SELECT count(*) FROM attributions a WHERE a.article = ar.id),
                            (SELECT count(*) FROM spans s JOIN attributions a ON a.id = s.attribution WHERE a.article = ar.id),
                            (SELECT count(*) FROM mentions m WHERE m.article = ar.id)
                     FROM articles ar""")) {
            while (r.next()) {
                out.put(r.getString(1), r.getInt(2) + "/" + r.getInt(3) + "/" + r.getInt(4));
            }
        }
        return out;
    }

    static int count(Path db, String sql) throws SQLException, IOException {
        if (!Files.exists(db)) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.execute("PRAGMA busy_timeout = 10000");
            try (ResultSet r = s.executeQuery(sql)) {
                return r.getInt(1);
            }
        } catch (SQLException e) {
            if (e.getMessage().contains("no such table")) {
                return 0; // the first run has not made its schema yet
            }
            throw e;
        }
    }
}
