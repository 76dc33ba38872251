package org.hearsay.server;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The pages in a real headless Chromium (Debian's, which .ci/run installs), driven by Playwright:
 * what a journalist would click, and proof that an article's hostile markup never runs. Screenshots
 * of each page go to target/screenshots (docs/ holds a copy for the README).
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("hearsay.chromium", "/usr/bin/chromium"));
    private static final Path SHOTS = Path.of("target/screenshots");
    private static Playwright playwright;
    private static Browser browser;
    private final Fixture f = Fixture.get();
    private Page page;
    private final List<String> problems = new ArrayList<>();

    @BeforeAll
    static void launch() throws Exception {
        // on CI the browser must be there (.ci/run installs it); elsewhere its absence skips, never fakes
        if (System.getenv("CI") == null) {
            assumeTrue(Files.isExecutable(CHROMIUM), CHROMIUM + " is missing: apt-get install chromium");
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync")));
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void close() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    @BeforeEach
    void open() {
        page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 1000));
        page.onDialog(d -> {
            problems.add("a dialog opened: " + d.message());
            d.dismiss();
        });
        page.onPageError(e -> problems.add("script error: " + e));
    }

    @AfterEach
    void shut() {
        page.close();
    }

    private void shot(String name) {
        page.screenshot(new Page.ScreenshotOptions().setPath(SHOTS.resolve(name + ".png")));
    }

    @Test
    void anArticleShowsItsSourcesAndAChainOnSelection() {
        page.navigate(f.url("/articles/" + f.valmora));
        assertThat(page.locator("#title")).hasText("Dockworkers shut Valmora port as pay talks collapse");
        assertThat(page.locator("#article-text .m-source").first()).isVisible();
        page.locator("#attributions li:has(strong:text-is('Marta Iliescu'))").first().click();
        assertThat(page.locator("#details")).containsText("the leader of the Valmora Dockworkers' Union");
        page.locator("#attributions li:has(strong:text-is('port officials'))").first().click();
        assertThat(page.locator("#chain")).hasText("port officials → Valmora Herald → this article");
        assertThat(page.locator("#details")).not().containsText("null");
        assertThat(page.locator("#article-text .m-selected").first()).isVisible();
        page.evaluate("() => { window.scrollTo(0, 0); document.querySelector('.side').scrollTo(0, 0); }");
        shot("article");
        assertThat(problems).isEmpty();
    }

    @Test
    void aSpeakerPageGathersWhatTheySaidAcrossArticles() {
        page.navigate(f.url("/speakers"));
        page.locator("#speakers a", new Page.LocatorOptions().setHasText("Marta Iliescu")).click();
        assertThat(page.locator("#name")).hasText("Marta Iliescu");
        assertThat(page.locator("#quotes .hit")).hasCount(page.locator("#quotes .hit").count());
        assertThat(page.locator("#quotes")).containsText("Ferry company cuts winter crossings");
        assertThat(page.locator("#quotes")).containsText("Dockworkers shut Valmora port");
        assertThat(page.locator("#roles")).containsText("the leader of the Valmora Dockworkers' Union");
        shot("speaker");
        assertThat(problems).isEmpty();
    }

    @Test
    void theSourcesGraphDrawsWhoCitesWhom() {
        page.navigate(f.url("/graph"));
        // (waitForFunction would evaluate a string, which the page's Content-Security-Policy forbids)
        for (int i = 0; i < 100 && !Boolean.TRUE.equals(page.evaluate("() => !!window.hearsayGraph && window.hearsayGraph.nodes().length > 3")); i++) {
            page.waitForTimeout(100);
        }
        Object edges = page.evaluate("() => window.hearsayGraph.edges().map(e => e.source().data('label') + '>' + e.target().data('label') + ':' + e.data('count')).join('|')");
        assertThat(String.valueOf(edges)).contains("Harbour Wire>Reuters").contains("Valmora Herald>port officials");
        assertThat(page.evaluate("() => window.hearsayGraph.nodes('.outlet').map(n => n.data('label')).sort().join('|')"))
                .isEqualTo(String.join("|", java.util.stream.Stream.of("Harbour Wire", "Valmora Herald", "<img src=x onerror=\"window.__pwned='outlet'\">").sorted().toList()));
        assertThat(page.locator("#graph canvas").first()).isVisible();
        shot("graph");
        assertThat(problems).isEmpty();
    }

    @Test
    void searchFindsAndFilters() {
        page.navigate(f.url("/search"));
        page.fill("input[name=q]", "replacement crews");
        page.click("#search-form button");
        assertThat(page.locator("#results .hit").first()).containsText("port officials");
        assertThat(page.locator("#results mark").first()).hasText("replacement");
        page.selectOption("select[name=outlet]", "Valmora Herald");
        page.click("#search-form button");
        assertThat(page.locator("#results")).containsText("0 found");
        assertThat(page.url()).contains("outlet=Valmora+Herald");
        page.navigate(f.url("/search?q=ferry+crews"));
        assertThat(page.locator("#results .hit").first()).containsText("Marta Iliescu");
        shot("search");
        assertThat(problems).isEmpty();
    }

    @Test
    void pasteAndAnalyse() {
        page.navigate(f.url("/analyze"));
        page.fill("#text", "“We will not sail in this weather,” the captain of the Orsa ferry told the Valmora Herald on Friday. "
                + "According to the harbour office, the storm could last until Sunday.");
        page.fill("input[name=title]", "Ferry stays in port");
        page.click("#analyze-button");
        assertThat(page.locator("#article-text .m-source").first()).isVisible();
        assertThat(page.locator("#attributions li")).hasCount(2);
        page.locator("#attributions li").first().click();
        assertThat(page.locator("#details")).containsText("to Valmora Herald");
        shot("analyze");
        assertThat(problems).isEmpty();
    }

    @Test
    void hostileMarkupInArticlesNeverRuns() {
        hostileMarkupStaysText();
    }

    /** The same with the Content-Security-Policy switched off: escaping alone must hold. */
    @Test
    void hostileMarkupStaysTextWithoutTheContentSecurityPolicy() {
        page.close();
        page = browser.newContext(new Browser.NewContextOptions().setBypassCSP(true).setViewportSize(1400, 1000)).newPage();
        page.onDialog(d -> {
            problems.add("a dialog opened: " + d.message());
            d.dismiss();
        });
        hostileMarkupStaysText();
    }

    private void hostileMarkupStaysText() {
        for (String path : List.of("/articles/" + f.hostile, "/", "/search?q=harbour+pilots", "/speakers")) {
            page.navigate(f.url(path));
            page.waitForLoadState();
            page.waitForTimeout(300);
            assertThat(page.evaluate("() => window.__pwned === undefined")).as(path).isEqualTo(true);
        }
        page.navigate(f.url("/articles/" + f.hostile));
        assertThat(page.locator("#title")).hasText(Fixture.HOSTILE_TITLE); // shown as text, not run
        assertThat(page.locator("#article-text")).containsText("<img src=x onerror=");
        assertThat(page.locator("a[href^='javascript:']")).hasCount(0);
        assertThat(page.locator("#main img, #main script")).hasCount(0);
        // what a user pastes is treated the same
        page.navigate(f.url("/analyze"));
        page.fill("#text", "The mayor said <script>window.__pwned='paste'</script> the bridge <img src=x onerror=\"window.__pwned='paste-img'\"> would reopen.");
        page.click("#analyze-button");
        assertThat(page.locator("#article-text")).containsText("<script>");
        page.waitForTimeout(300);
        assertThat(page.evaluate("() => window.__pwned === undefined")).isEqualTo(true);
        assertThat(problems).isEmpty();
    }
}
