package org.irrigate.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Starting an advocacy action and drafting a bid through the pages' forms, as a partner would. */
@BrowserTest
class AdvocacyBrowserTest {
    @LocalServerPort
    int port;
    Browser browser;

    @BeforeEach
    void signIn() {
        browser = Browser.on(port).signIn("ggt");
        browser.resize(Browser.DESKTOP);
    }

    @Test
    void anAdvocacyActionStartedThroughTheFormIsOnTheBoardAndTakesAStep() {
        String ask = "A community venue for the council's public meetings";
        browser.open("/advocacy");
        browser.find(By.linkText("Start an advocacy action")).click();
        assertThat(browser.h1()).isEqualTo("Start an advocacy action");
        browser.find(By.id("field-ask")).sendKeys(ask);
        browser.find(By.id("field-decisionAtStake")).sendKeys("Where the full council meets from next year");
        browser.find(By.cssSelector("#field-advocates input[value='" + org.irrigate.app.demo.Cast.GL11 + "']")).click();
        new Select(browser.find(By.id("field-targetOrganisation"))).selectByVisibleText("Stroud District Council");
        browser.screenshot("start-advocacy-action-filled");
        browser.find(By.id("start-advocacy")).click();

        browser.waitFor(By.cssSelector("p.notice"));
        String page = browser.path().replace("?started", "");
        browser.reloadUntil(page, By.tagName("h1"), ask);
        assertThat(browser.find(By.tagName("main")).getText()).contains("Stroud District Council",
                "Gloucestershire Gateway Trust", "GL11 Community Hub");
        browser.reloadUntil("/advocacy", By.cssSelector(".board__card"), ask);
        browser.screenshot("advocacy-board-with-new-action");

        browser.open(page);
        new Select(browser.find(By.id("field-kind"))).selectByVisibleText("Letter");
        browser.find(By.id("field-description")).sendKeys("Wrote to the council leader with the hubs' offer");
        browser.find(By.id("record-step")).click();
        browser.waitFor(By.cssSelector("p.notice"));
        browser.reloadUntil(page, By.cssSelector("main .timeline"), "Letter: Wrote to the council leader");
        browser.screenshot("advocacy-action-with-step");
    }

    @Test
    void anInvalidBidShowsItsErrorsNextToTheFieldsAndKeepsWhatWasTyped() {
        browser.open("/funding");
        browser.find(By.linkText("Draft a bid")).click();
        assertThat(browser.h1()).isEqualTo("Draft a bid");
        browser.find(By.id("field-title")).sendKeys("Youth work in the Forest");
        browser.find(By.id("field-amountRequested")).sendKeys("lots");
        browser.find(By.id("draft-bid")).click();

        assertThat(browser.waitFor(By.id("error-summary")).getText()).contains("Fund is required",
                "Amount asked for must be an amount in pounds");
        assertThat(browser.focused().getAttribute("id")).isEqualTo("error-summary");
        assertThat(browser.find(By.id("amountRequested-error")).getText())
                .contains("Amount asked for must be an amount in pounds");
        assertThat(browser.find(By.id("field-amountRequested")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find(By.id("field-amountRequested")).getAttribute("value")).isEqualTo("lots");
        assertThat(browser.find(By.id("field-title")).getAttribute("value")).isEqualTo("Youth work in the Forest");
        browser.screenshot("draft-bid-errors");
        browser.find(By.cssSelector("#error-summary a[href='#field-fundingOpportunity']")).click();
        assertThat(browser.focused().getAttribute("id")).isEqualTo("field-fundingOpportunity");
    }
}
