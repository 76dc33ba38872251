package org.hearsay.cli;

import org.hearsay.Hearsay;
import org.hearsay.model.Analysis;
import org.hearsay.model.Attribution;
import org.hearsay.model.Entity;
import org.hearsay.model.Span;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What the analyze issue requires on the seed article, which is read from {@code ../shared/seed}
 * beside the clone (never copied into the repository); skipped when it is not there.
 */
class SeedArticleTest {

    private static Analysis a;

    @BeforeAll
    static void analyseSeed() throws Exception {
        Path dir = Path.of(System.getProperty("hearsay.seed", "../../shared/seed"));
        assumeTrue(Files.isDirectory(dir), "the seed article is not at " + dir.toAbsolutePath());
        Path seed;
        try (Stream<Path> files = Files.list(dir)) {
            seed = files.filter(p -> p.toString().endsWith(".txt")).findFirst().orElseThrow();
        }
        a = Hearsay.builder().build().analyze(Files.readString(seed, StandardCharsets.UTF_8));
    }

    private static Attribution cue(String cue) {
        return a.attributions().stream().filter(x -> x.cue().map(Span::text).orElse("").equals(cue)).findFirst()
                .orElseThrow(() -> new AssertionError("no attribution with cue " + cue));
    }

    private static List<Attribution> bySpeaker(String name) {
        return a.attributions().stream().filter(x -> x.speaker().map(s -> s.name().equals(name)).orElse(false)).toList();
    }

    private static String speaker(Attribution at) {
        return at.speaker().orElseThrow(() -> new AssertionError(at.id() + " has no speaker")).name();
    }

    @Test
    void associatedPressAndTheNisReportNestedInIt() {
        Attribution ap = cue("according to");
        assertThat(speaker(ap)).isEqualTo("Associated Press");
        Attribution nis = a.attributions().stream().filter(x -> speaker(x).contains("National Intelligence Service"))
                .findFirst().orElseThrow();
        assertThat(nis.parent()).contains(ap.id());
        assertThat(a.chain(nis)).endsWith("Associated Press", "this article");
        assertThat(nis.hedges().stream().map(Span::text)).contains("up to");
    }

    @Test
    void theTimesReportsAndIsOneEntity() {
        List<Attribution> times = bySpeaker("The New York Times");
        assertThat(times.stream().map(x -> x.cue().orElseThrow().text())).contains("reported", "adds");
        Entity e = a.findEntity(times.get(0).speaker().orElseThrow().entity()).orElseThrow();
        assertThat(e.aliases()).contains("NYT");
    }

    @Test
    void ukrainianOfficialsSay() {
        assertThat(bySpeaker("Ukrainian officials")).extracting(x -> x.cue().orElseThrow().text()).contains("say");
    }

    @Test
    void syrskyToldTheNytAndWarned() {
        List<Attribution> syrsky = bySpeaker("Oleksandr Syrsky");
        assertThat(syrsky.stream().map(x -> x.cue().orElseThrow().text())).contains("told", "warning");
        Attribution told = syrsky.stream().filter(x -> x.cue().orElseThrow().text().equals("told")).findFirst().orElseThrow();
        assertThat(told.recipient().orElseThrow().name()).isEqualTo("The New York Times");
    }

    @Test
    void dailyCallerNewsFoundationWrites() {
        assertThat(speaker(cue("writes"))).isEqualTo("Daily Caller News Foundation");
    }

    @Test
    void stefanishynaWithHerRoleToldTheFinancialTimes() {
        Attribution s = bySpeaker("Olha Stefanishyna").get(0);
        assertThat(s.speaker().orElseThrow().role()).contains("Ukraine’s deputy prime minister and justice minister");
        assertThat(s.recipient().orElseThrow().name()).isEqualTo("Financial Times");
    }

    @Test
    void trumpAdministrationsStatedPosition() {
        assertThat(bySpeaker("Trump administration")).isNotEmpty();
    }

    @Test
    void zelenskyysThreeQuotesTheLastWithoutACue() {
        List<Span> quotes = bySpeaker("Zelenskyy").stream().flatMap(x -> x.contents().stream())
                .filter(s -> s.text().startsWith("“")).toList();
        assertThat(quotes).hasSize(3);
        assertThat(quotes.get(2).text()).startsWith("“The Americans helped the most");
    }

    @Test
    void noSpeakerForBatch() {
        assertThat(a.attributions()).noneMatch(x -> x.contents().stream().anyMatch(c -> c.text().equals("“batch”")));
        assertThat(a.attributions()).noneMatch(x -> x.sources().stream().anyMatch(s -> s.text().contains("batch")));
    }
}
