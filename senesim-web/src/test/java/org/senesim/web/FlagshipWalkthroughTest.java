package org.senesim.web;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The walk-through, from the server's first page to an overlaid chart of the flagship's
 * three arms and a cross-section at two ages, touching no file: choose the flagship preset, type two
 * cross-section ages into the form, write it into the editor, run, look. It runs the whole flagship
 * (three arms × twelve seeds, one to two minutes on two cores), so it is not part of the CI suite:
 * {@code mvn -pl senesim-web -am test -Dtest=FlagshipWalkthroughTest -Dsenesim.web.walkthrough=true
 * -Dsurefire.failIfNoSpecifiedTests=false}. Its screenshots (target/web-screenshots/flagship-*.png)
 * are the ones in docs/web.md.
 */
@EnabledIfSystemProperty(named = "senesim.web.walkthrough", matches = "true")
class FlagshipWalkthroughTest {

    @TempDir
    Path temp;

    @Test
    void fromTheFirstPageToTheFlagshipsArmsAndTwoCrossSections() throws Exception {
        try (WebServer server = WebServer.start("127.0.0.1", 0, temp, Limits.defaults(), Runtime.getRuntime().availableProcessors())) {
            ChromeDriver driver = Browser.start(temp.resolve("profile"));
            try {
                WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(30));
                driver.get(server.url());
                wait.until(d -> d.findElement(By.id("yaml")).getAttribute("value").contains("pre-juvenation"));
                new Select(driver.findElement(By.id("preset"))).selectByValue("flagship");
                WebElement snapshots = driver.findElement(By.id("snapshots"));
                snapshots.sendKeys("50, 85");
                driver.findElement(By.id("compose")).click();
                wait.until(d -> d.findElement(By.id("yaml")).getAttribute("value").contains("- 50"));
                wait.until(d -> d.findElement(By.id("problem")).getText().startsWith("Valid: pre-juvenation"));
                assertThat(driver.findElement(By.id("problem")).getText()).contains("36 run(s)")
                        .contains("no-treatment, pre-juvenation, reactive");
                ((JavascriptExecutor) driver).executeScript("window.scrollTo(0, 0)");
                Browser.shot(driver, "flagship-1-form");
                driver.findElement(By.id("run")).click();
                wait.until(d -> d.getCurrentUrl().contains("/jobs/"));
                new WebDriverWait(driver, Duration.ofSeconds(60))
                        .until(d -> Integer.parseInt(d.findElement(By.id("progress")).getAttribute("value")) > 50);
                Browser.shot(driver, "flagship-2-progress");
                new WebDriverWait(driver, Duration.ofSeconds(600))
                        .until(d -> "done".equals(d.findElement(By.id("job")).getAttribute("data-state")));
                wait.until(d -> "50".equals(d.findElement(By.id("xs-canvas-a")).getAttribute("data-age"))
                        && "85".equals(d.findElement(By.id("xs-canvas-b")).getAttribute("data-age")));
                wait.until(d -> !d.findElements(By.cssSelector(".chart[data-column='senescent_fraction'] canvas")).isEmpty());
                WebElement chart = driver.findElement(By.cssSelector(".chart[data-column='senescent_fraction']"));
                assertThat(chart.getText()).contains("no-treatment").contains("pre-juvenation").contains("reactive");
                assertThat(chart.getAttribute("data-bands")).isEqualTo("3");
                wait.until(d -> !d.findElements(By.cssSelector("#differences tbody tr")).isEmpty());
                assertThat(driver.findElement(By.id("differences")).getText()).contains("pre-juvenation").contains("reactive")
                        .contains("Collagen");
                ((JavascriptExecutor) driver).executeScript("document.getElementById('differences-section').scrollIntoView()");
                Browser.shot(driver, "flagship-3a-differences");
                ((JavascriptExecutor) driver).executeScript("document.getElementById('xsection').scrollIntoView()");
                Browser.shot(driver, "flagship-3-cross-sections");
                // collagen at 85 without treatment (left) and with pre-juvenation (right)
                new Select(driver.findElement(By.id("xs-field"))).selectByValue("collagen");
                ((JavascriptExecutor) driver).executeScript("var s=document.getElementById('xs-age-a');s.value=s.max;"
                        + "s.dispatchEvent(new Event('input'))");
                new Select(driver.findElement(By.id("xs-arm-b"))).selectByVisibleText("pre-juvenation");
                wait.until(d -> "collagen".equals(d.findElement(By.id("xs-canvas-b")).getAttribute("data-field"))
                        && "pre-juvenation".equals(d.findElement(By.id("xs-canvas-b")).getAttribute("data-arm"))
                        && "85".equals(d.findElement(By.id("xs-canvas-a")).getAttribute("data-age"))
                        && "collagen".equals(d.findElement(By.id("xs-canvas-a")).getAttribute("data-field")));
                Browser.shot(driver, "flagship-4-collagen");
                ((JavascriptExecutor) driver).executeScript("document.getElementById('charts-section').scrollIntoView()");
                Browser.shot(driver, "flagship-5-charts");
            } finally {
                driver.quit();
            }
        }
    }
}
