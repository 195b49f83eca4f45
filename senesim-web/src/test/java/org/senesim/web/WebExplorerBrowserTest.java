package org.senesim.web;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The explorer in a real browser against a real server: Debian's headless Chromium, the Javalin
 * server on a free port of 127.0.0.1, real runs of a small 2D scenario. One browser and one server
 * for the class. Screenshots go to target/web-screenshots/.
 */
class WebExplorerBrowserTest {

    @TempDir
    static Path temp;

    static WebServer server;
    static ChromeDriver driver;
    static String base;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    /** A failing test leaves a screenshot of what the browser showed. */
    @RegisterExtension
    final TestWatcher onFailure = new TestWatcher() {
        @Override
        public void testFailed(ExtensionContext context, Throwable cause) {
            try {
                Browser.shot(driver, "failed-" + context.getRequiredTestMethod().getName());
            } catch (IOException | RuntimeException e) {
                // the browser itself failed: nothing to show
            }
        }
    };

    @BeforeAll
    static void start() throws IOException {
        Path workspace = Files.createDirectories(temp.resolve("workspace/runs/demo-run"));
        Files.writeString(workspace.resolve("report.html"), "<html><body><h1>demo report</h1></body></html>");
        // one job at a time and one waiting: the third is refused, which the queue test needs
        server = WebServer.start("127.0.0.1", 0, temp.resolve("workspace"), Limits.defaults().withQueue(1, 1).withMaxSeconds(120), 2);
        base = server.url();
        driver = Browser.start(temp.resolve("profile"));
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    /** Every test leaves no job running, so the next one finds the queue empty. */
    @AfterEach
    void drain() throws Exception {
        for (Job j : server.jobs().recent()) {
            j.cancel();
        }
        long until = System.nanoTime() + 60_000_000_000L;
        while (server.jobs().active() > 0 && System.nanoTime() < until) {
            Thread.sleep(100);
        }
        assertThat(server.jobs().active()).isZero();
    }

    private static WebDriverWait waiting(int seconds) {
        return new WebDriverWait(driver, Duration.ofSeconds(seconds));
    }

    /** Opens the new-run page and waits until the preset's text is in the editor and checked. */
    private static void openNewRun(String preset) {
        driver.get(base);
        waiting(20).until(d -> !d.findElement(By.id("yaml")).getAttribute("value").isEmpty());
        new Select(driver.findElement(By.id("preset"))).selectByValue(preset);
        waiting(20).until(d -> d.findElement(By.id("yaml")).getAttribute("value").contains(presetName(preset)));
        waiting(20).until(d -> d.findElement(By.id("problem")).getText().startsWith("Valid"));
    }

    private static String presetName(String preset) {
        return preset.equals("quick") ? "quick-sunscreen" : preset.equals("flagship") ? "pre-juvenation" : "name";
    }

    private static void type(String field, String value) {
        WebElement e = driver.findElement(By.id(field));
        e.clear();
        e.sendKeys(value);
    }

    @Test
    void fillTheFormRunAndSeeAChartWithDataAndCrossSections() throws Exception {
        openNewRun("quick");
        type("name", "form-run");
        type("fitzpatrick", "3");
        type("latitude", "52");
        type("duration", "8");
        type("snapshots", "44, 48");
        driver.findElement(By.id("compose")).click();
        waiting(20).until(d -> d.findElement(By.id("yaml")).getAttribute("value").contains("form-run"));
        String yaml = driver.findElement(By.id("yaml")).getAttribute("value");
        assertThat(yaml).contains("fitzpatrick: 3").contains("latitude: 52").contains("duration: 8 years").contains("- 44").contains("- 48");
        waiting(20).until(d -> d.findElement(By.id("problem")).getText().startsWith("Valid: form-run"));
        assertThat(driver.findElement(By.id("problem")).getText()).contains("4 run(s)").contains("no-treatment, sunscreen");
        Browser.shot(driver, "new-run");

        driver.findElement(By.id("run")).click();
        waiting(20).until(d -> d.getCurrentUrl().contains("/jobs/"));
        waiting(120).until(d -> "done".equals(d.findElement(By.id("job")).getAttribute("data-state")));
        waiting(30).until(d -> !d.findElements(By.cssSelector(".chart[data-points] canvas")).isEmpty());
        WebElement chart = driver.findElement(By.cssSelector(".chart[data-column='senescent_fraction']"));
        // two arms of 8 years at 90-day outputs: 33 points each, every one drawn
        assertThat(Integer.parseInt(chart.getAttribute("data-points"))).isEqualTo(2 * 33);
        assertThat(chart.getText()).contains("no-treatment").contains("sunscreen");
        assertThat(chart.getAttribute("data-bands")).as("a seed band per arm").isEqualTo("2");
        // hiding an arm: a click on its legend entry
        WebElement entry = chart.findElements(By.cssSelector(".u-legend .u-series")).stream()
                .filter(e -> e.getText().startsWith("sunscreen")).findFirst().orElseThrow();
        entry.click();
        assertThat(entry.getAttribute("class")).contains("u-off");
        int columns = Integer.parseInt(driver.findElement(By.id("job")).getAttribute("data-charts"));
        assertThat(driver.findElements(By.cssSelector(".chart"))).hasSize(columns);
        assertThat(columns).isGreaterThan(20);

        // the headline differences, as senesim compare prints them
        waiting(20).until(d -> !d.findElements(By.cssSelector("#differences tbody tr")).isEmpty());
        assertThat(driver.findElement(By.id("differences")).getText()).contains("Senescent fibroblasts").contains("vs no-treatment");
        // the cross-sections: two ages side by side, then the SASP field
        waiting(20).until(d -> "44".equals(d.findElement(By.id("xs-canvas-a")).getAttribute("data-age"))
                && "48".equals(d.findElement(By.id("xs-canvas-b")).getAttribute("data-age")));
        assertThat(driver.findElement(By.id("xs-legend-a")).getText()).contains("senescent").contains("healthy");
        new Select(driver.findElement(By.id("xs-field"))).selectByValue("sasp");
        waiting(20).until(d -> "sasp".equals(d.findElement(By.id("xs-canvas-b")).getAttribute("data-field")));
        Object painted = ((JavascriptExecutor) driver).executeScript(
                "var c=document.getElementById('xs-canvas-b'),d=c.getContext('2d').getImageData(0,0,c.width,c.height).data,"
                        + "s=new Set();for(var i=0;i<d.length;i+=4)s.add(d[i]+','+d[i+1]+','+d[i+2]);return s.size;");
        assertThat(((Number) painted).intValue()).as("colours in the SASP cut").isGreaterThan(5);
        // two arms at one age: the right-hand side switches arm and keeps its age
        new Select(driver.findElement(By.id("xs-arm-b"))).selectByVisibleText("sunscreen");
        waiting(20).until(d -> "sunscreen".equals(d.findElement(By.id("xs-canvas-b")).getAttribute("data-arm")));
        assertThat(driver.findElement(By.id("xs-canvas-b")).getAttribute("data-age")).isEqualTo("48");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('xsection').scrollIntoView()");
        Browser.shot(driver, "cross-sections");
        ((JavascriptExecutor) driver).executeScript("document.getElementById('charts-section').scrollIntoView()");
        Browser.shot(driver, "charts");
    }

    @Test
    void badYamlShowsTheLoadersLocatedErrorAtItsLineAsYouType() throws Exception {
        openNewRun("quick");
        WebElement editor = driver.findElement(By.id("yaml"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value='';", editor);
        editor.sendKeys("name: typo\nduration: 5 years\nperson:\n  age: 40 years\n  smokign: 1\n");
        waiting(20).until(d -> d.findElement(By.id("problem")).getText().startsWith("line 5"));
        String problem = driver.findElement(By.id("problem")).getText();
        assertThat(problem).startsWith("line 5, column 3: person.smokign:").contains("smoking");
        WebElement marked = driver.findElement(By.cssSelector("#gutter .err"));
        assertThat(marked.getAttribute("data-line")).isEqualTo("5");
        assertThat(driver.findElement(By.id("run")).isEnabled()).isFalse();
        Browser.shot(driver, "located-error");

        // fixing the key clears the mark
        ((JavascriptExecutor) driver).executeScript("arguments[0].value='';", editor);
        editor.sendKeys("name: typo\nduration: 5 years\nperson:\n  age: 40 years\n  smoking: 1\n");
        waiting(20).until(d -> d.findElement(By.id("problem")).getText().startsWith("Valid"));
        assertThat(driver.findElements(By.cssSelector("#gutter .err"))).isEmpty();
    }

    /**
     * A scenario long enough to be cancelled or to hold the queue: the default 3D patch for 60 years,
     * about 20 s of CPU (session 11). The 2D 1 mm section used before had become a 2 s job, so the
     * queue could empty while the browser was still loading its page, and the queue test failed.
     */
    private static String longScenario(String name) {
        return "name: " + name + "\nduration: 60 years\nperson: {age: 30 years}\noutputs: {every: 90 days}\n";
    }

    private static HttpResponse<String> post(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create(base + path.substring(1)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "text/plain").build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRunningJobCanBeCancelled() throws Exception {
        openNewRun("quick");
        WebElement editor = driver.findElement(By.id("yaml"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value=arguments[1];"
                + "arguments[0].dispatchEvent(new Event('input'));", editor, longScenario("to-cancel"));
        waiting(20).until(d -> d.findElement(By.id("problem")).getText().startsWith("Valid: to-cancel"));
        driver.findElement(By.id("run")).click();
        waiting(20).until(d -> d.getCurrentUrl().contains("/jobs/"));
        // live progress arrives over server-sent events
        waiting(60).until(d -> Integer.parseInt(d.findElement(By.id("progress")).getAttribute("value")) > 0);
        Browser.shot(driver, "progress");
        driver.findElement(By.id("cancel")).click();
        waiting(30).until(d -> "cancelled".equals(d.findElement(By.id("job")).getAttribute("data-state")));
        assertThat(driver.findElement(By.id("state")).getText()).startsWith("cancelled");
        assertThat(driver.findElement(By.id("cancel")).isEnabled()).isFalse();
        String id = driver.getCurrentUrl().replaceAll(".*/jobs/", "");
        Job job = server.jobs().get(id);
        assertThat(job.state()).isEqualTo(Job.State.CANCELLED);
        assertThat(job.done()).isLessThan(job.total());
    }

    @Test
    void aFullQueueAnswers429() throws Exception {
        // the page first, then the queue filled, then the click: the queue only has to stay full for
        // the click, not for the page load
        openNewRun("quick");
        HttpResponse<String> first = post("/api/jobs", longScenario("first"));
        HttpResponse<String> second = post("/api/jobs", longScenario("second"));
        HttpResponse<String> third = post("/api/jobs", longScenario("third"));
        assertThat(first.statusCode()).isEqualTo(202);
        assertThat(second.statusCode()).isEqualTo(202);
        assertThat(third.statusCode()).isEqualTo(429);
        assertThat(third.headers().firstValue("Retry-After")).isPresent();
        assertThat(third.body()).contains("busy");
        // the browser says so too
        driver.findElement(By.id("run")).click();
        waiting(20).until(d -> d.findElement(By.id("submit-msg")).getText().startsWith("Queue full (429)"));
        Browser.shot(driver, "queue-full");
    }

    @Test
    void traversalAttemptsAreRefusedWith400Or404() throws Exception {
        List<String> attempts = List.of("/jobs/..%2F..%2F..%2Fetc%2Fpasswd", "/reports/..%2F..%2F..%2Fetc%2Fpasswd",
                "/reports/../../../../etc/passwd", "/api/jobs/..%2F..%2Fetc%2Fpasswd/series",
                "/assets/..%2F..%2F..%2F..%2Fetc%2Fpasswd", "/assets/../WebServer.class",
                "/webjars/..%2F..%2Forg/senesim/web/WebServer.class", "/api/presets/..%2F..%2Fdefault.yaml",
                "/api/jobs/00000000000000000000000000000000/slice?arm=0&index=0&field=..%2F..%2Fetc%2Fpasswd");
        try (Socket ignored = new Socket("127.0.0.1", server.port())) {
            // the server is up; each attempt goes out as written (raw path, no client-side normalising)
        }
        for (String path : attempts) {
            String[] reply = raw(path);
            assertThat(reply[0]).as(path).matches("HTTP/1\\.1 (400|404) .*");
            assertThat(reply[1]).as(path).doesNotContain("root:").doesNotContain("cafebabe");
        }
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "catalog")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.headers().firstValue("Content-Security-Policy").orElse("")).contains("default-src 'self'");
        // a report of the workspace is reached by its id only
        driver.get(base + "reports");
        driver.findElement(By.linkText("runs/demo-run")).click();
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("demo report");
        assertThat(driver.getCurrentUrl()).matches(".*/reports/[0-9a-f]{32}");
    }

    /** Sends a GET with the path exactly as given; returns status line and body. */
    private static String[] raw(String path) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String all = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            int eol = all.indexOf("\r\n");
            return new String[] {eol < 0 ? all : all.substring(0, eol), all};
        }
    }

    @Test
    void userTextIsEscapedAndOversizedBodiesAreRefused() throws Exception {
        HttpResponse<String> r = post("/api/jobs", "name: escaped\nduration: 1 years\ndescription: \"<script>window.pwned=1</script><b>x</b>\"\n"
                + "tissue: {dimension: 2D, size: [0.2 mm, 0.4 mm], voxel: 20 um}\n");
        assertThat(r.statusCode()).isEqualTo(202);
        String id = r.body().replaceAll(".*\"id\":\"([0-9a-f]{32})\".*", "$1");
        driver.get(base + "jobs/" + id);
        waiting(60).until(d -> "done".equals(d.findElement(By.id("job")).getAttribute("data-state")));
        assertThat(((JavascriptExecutor) driver).executeScript("return window.pwned === undefined")).isEqualTo(true);
        assertThat(driver.findElement(By.cssSelector("p.lead")).getText()).isEqualTo("<script>window.pwned=1</script><b>x</b>");

        // The server refuses on the declared length while the client may still be uploading, so the
        // client reads either the 413 or, when the refusal wins the race, a connection closed under
        // its body; never an accepted request. The server stays up (the pages below).
        try {
            assertThat(post("/api/validate", "name: x\n" + "#".repeat(300 * 1024)).statusCode()).isEqualTo(413);
        } catch (java.io.IOException closedUnderTheBody) {
            assertThat(closedUnderTheBody.getMessage()).isNotNull();
        }
        // a section narrower than the lattice samples faithfully is valid, with the caveat beside the verdict
        String narrow = post("/api/validate", "name: n\nduration: 1 years\nperson: {age: 40 years}\n"
                + "tissue: {dimension: 2D, size: [0.2 mm, 1.2 mm]}\n").body();
        assertThat(narrow).contains("\"ok\":true").contains("Narrower than 0.5 mm");
        assertThat(post("/api/validate", "name: w\nduration: 1 years\nperson: {age: 40 years}\n"
                + "tissue: {dimension: 2D, size: [1 mm, 1.2 mm]}\n").body()).doesNotContain("Narrower");
        // the catalog and the evidence are searchable and filtered by tier
        driver.get(base + "evidence?tier=rct");
        String count = driver.findElement(By.id("count")).getText();
        assertThat(count).matches("\\d+ of \\d+ parameters");
        driver.get(base + "catalog");
        driver.findElement(By.id("q")).sendKeys("1927");
        waiting(10).until(d -> d.findElement(By.id("count")).getText().startsWith("1 of"));
        Browser.shot(driver, "catalog");
    }
}
