package org.airace.kg.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.airace.kg.serve.SavedQuery;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The console as a user sees it, in headless Chromium: the packaged CLI loads the seed articles and
 * the example corpus and serves them; the browser opens the saved-query index, clicks the headline
 * query, runs it with the console's run button and waits for the result table to show the seeds'
 * sources. A screenshot of that page (a tall window, so the editor and the first rows show) is kept
 * as {@code target/browser/headline-query.png}.
 *
 * <p>Chromium and chromedriver come from Debian ({@code bin/setup} installs them); without them this
 * test fails, it does not skip: a console nobody has looked at is not tested.
 */
class ConsoleBrowserIT {
    static final String AIR = "https://w3id.org/airace/ontology#";
    static final String HEADLINE = "headline-cost-chip-constraints.rq";
    static final Path CHROMIUM = Path.of(System.getProperty("airace.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("airace.chromedriver", "/usr/bin/chromedriver"));
    static final Path BASEDIR = Path.of(System.getProperty("airace.basedir", ".")).toAbsolutePath();
    static final Path SCREENSHOT = BASEDIR.resolve("target/browser/headline-query.png");

    /** Selenium warns that it has no DevTools binding for this Chromium: the test needs none (plain WebDriver). */
    private static final java.util.logging.Logger SELENIUM_LOG = quiet("org.openqa.selenium");

    @TempDir
    static Path work;
    static Path seeds;
    static Process server;
    static String base;
    static ChromeDriver browser;

    @BeforeAll
    static void loadServeAndOpenABrowser() throws Exception {
        for (Path exe : List.of(CHROMIUM, CHROMEDRIVER))
            assertThat(Files.isExecutable(exe))
                    .as("%s is missing: run bin/setup (installs Debian's chromium and chromium-driver)", exe)
                    .isTrue();
        seeds = Path.of(System.getProperty("airace.shared", "../shared"), "seeds").toAbsolutePath();
        assumeTrue(Files.isDirectory(seeds), "shared seeds not present beside the checkout");

        Path store = work.resolve("tdb2");
        CliProcess.Result load = CliProcess.run(work, 600, "load", "--store", store.toString(),
                seeds.toString(), BASEDIR.resolve("examples/corpus").toString());
        assertThat(load.exitCode()).as("load; stderr:\n%s", load.stderr()).isZero();

        int port = freePort();
        base = "http://localhost:" + port;
        server = CliProcess.start(work, work.resolve("serve.log"), "serve", "--store", store.toString(), "--port", String.valueOf(port));
        awaitUp(base + "/$/ping");

        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())   // never Selenium Manager: no download
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1600,2000",
                "--user-data-dir=" + Files.createDirectories(work.resolve("chromium-profile")));
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null)
            browser.quit();
        if (server != null) {
            server.destroy();
            server.waitFor();
        }
    }

    @Test
    void theHeadlineQueryRunsInTheConsoleAndShowsItsRows() throws Exception {
        String title = SavedQuery.parse(HEADLINE, Files.readString(BASEDIR.resolve("queries").resolve(HEADLINE))).title();
        Set<String> seedSources = seedSourceIris();
        assertThat(seedSources).isNotEmpty();

        browser.get(base + "/queries/");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        WebElement link = wait.until(ExpectedConditions.elementToBeClickable(By.linkText(title)));
        link.click();

        // The console's editor (YASGUI) holds the saved query; its run button sends it.
        WebElement run = wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".yasqe_queryButton")));
        assertThat(editorText()).contains("air:ChipConstraint");
        run.click();

        By rows = By.cssSelector(".yasr table tbody tr");
        wait.until(d -> d.findElements(rows).size() > 1
                && seedSources.stream().anyMatch(iri -> d.findElement(By.cssSelector(".yasr")).getText().contains(iri)));
        String shown = browser.findElement(By.cssSelector(".yasr")).getText();
        List<String> found = new ArrayList<>();
        for (String iri : seedSources)
            if (shown.contains(iri))
                found.add(iri);
        saveScreenshot();
        assertThat(browser.findElements(rows).size()).as("result rows in the console").isGreaterThan(5);
        assertThat(found).as("seed sources shown in the result table").isNotEmpty();
    }

    private String editorText() {
        Object text = ((JavascriptExecutor) browser).executeScript(
                "var cm = document.querySelector('.CodeMirror'); return cm && cm.CodeMirror ? cm.CodeMirror.getValue() : document.querySelector('.yasqe').innerText;");
        return String.valueOf(text);
    }

    private static void saveScreenshot() throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(shot, SCREENSHOT, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Source IRIs of the seed files, asked of the running server. */
    private static Set<String> seedSourceIris() throws Exception {
        Set<String> seedFiles = new HashSet<>();
        try (Stream<Path> files = Files.list(seeds)) {
            files.forEach(f -> seedFiles.add(f.getFileName().toString()));
        }
        String query = "PREFIX air: <" + AIR + ">\nSELECT ?s ?file WHERE { ?s a air:Source ; air:fileName ?file }";
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/airace/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + URLEncoder.encode(query, StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        Set<String> iris = new HashSet<>();
        for (String line : r.body().split("\r?\n")) {
            int comma = line.indexOf(',');
            if (comma > 0 && seedFiles.contains(line.substring(comma + 1).strip()))
                iris.add(line.substring(0, comma));
        }
        return iris;
    }

    private static void awaitUp(String url) throws Exception {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.currentTimeMillis() + 180_000;
        while (System.currentTimeMillis() < deadline) {
            if (!server.isAlive())
                throw new IllegalStateException("server exited: " + Files.readString(work.resolve("serve.log")));
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200)
                    return;
            } catch (IOException notYet) {
                // keep waiting
            }
            Thread.sleep(300);
        }
        throw new IllegalStateException("server did not come up: " + Files.readString(work.resolve("serve.log")));
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.SEVERE);
        return logger;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
