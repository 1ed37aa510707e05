package org.irrigate.app.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.web.server.LocalServerPort;

@BrowserTest
class ConversationBrowserTest {
    @LocalServerPort
    int port;
    Browser browser;

    @BeforeEach
    void signIn() {
        browser = Browser.on(port).signIn("ggt");
        browser.resize(Browser.DESKTOP);
    }

    @Test
    void aConversationLoggedThroughTheFormIsOnTheTimeline() {
        browser.open("/conversations/new");
        pick("Stroud District");
        new Select(browser.find(By.id("field-channel"))).selectByValue("MEETING");
        browser.find(By.id("field-topic")).sendKeys("Hub funding for Minchinhampton benches");
        browser.find(By.id("field-summary")).sendKeys("Officer open to a small grants round.");
        browser.screenshot("log-conversation-filled");
        browser.find(By.id("log-conversation")).click();

        browser.waitFor(By.cssSelector("p.notice"));
        browser.reloadUntil(browser.path(), By.tagName("h1"), "Hub funding for Minchinhampton benches");
        assertThat(browser.find(By.tagName("main")).getText()).contains("Stroud District Council");
        browser.reloadUntil("/timeline", By.cssSelector(".entry-summary"),
                "Logged a meeting about Hub funding for Minchinhampton benches");
    }

    @Test
    void aFollowUpPromisedInTheFormCanBeMarkedDone() {
        browser.open("/conversations/new");
        browser.script("arguments[0].value = '2024-01-10'", browser.find(By.id("field-happenedOn")));
        pick("Stroud District");
        new Select(browser.find(By.id("field-channel"))).selectByValue("CALL");
        browser.find(By.id("field-topic")).sendKeys("Call about the hub facilitator posts");
        browser.find(By.id("field-followUpAction")).sendKeys("Send the facilitator job description");
        browser.script("arguments[0].value = '2024-01-17'", browser.find(By.id("field-followUpDueOn")));
        browser.find(By.id("log-conversation")).click();

        browser.waitFor(By.cssSelector("p.notice"));
        String page = browser.path().replace("?logged", "");
        browser.reloadUntil(page, By.cssSelector("main .list-plain li"), "overdue");
        browser.find(By.cssSelector("button[aria-label='Mark done: Send the facilitator job description']")).click();
        browser.reloadUntil(page, By.cssSelector("main .list-plain li"), "done");
    }

    @Test
    void anInvalidFormShowsEachErrorNextToItsFieldAndKeepsWhatWasTyped() {
        browser.open("/conversations/new");
        browser.find(By.id("field-summary")).sendKeys("Notes typed before noticing the topic was missing");
        WebElement date = browser.find(By.id("field-happenedOn"));
        browser.script("arguments[0].value = '2999-01-01'", date);
        browser.find(By.id("log-conversation")).click();

        WebElement summary = browser.waitFor(By.id("error-summary"));
        assertThat(summary.getText()).contains("Who took part must name at least one person or organisation",
                "How it took place is required", "Topic must not be blank");
        assertThat(browser.focused().getAttribute("id")).isEqualTo("error-summary");
        assertThat(browser.find(By.id("topic-error")).getText()).contains("Topic must not be blank");
        assertThat(browser.find(By.id("field-topic")).getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find(By.id("field-summary")).getAttribute("value"))
                .isEqualTo("Notes typed before noticing the topic was missing");
        browser.screenshot("log-conversation-errors");

        // Once the form is complete, the module's own rule about the date speaks, next to the date.
        pick("Stroud District");
        new Select(browser.find(By.id("field-channel"))).selectByValue("CALL");
        browser.find(By.id("field-topic")).sendKeys("A call that has not happened yet");
        browser.find(By.id("log-conversation")).click();
        assertThat(browser.waitFor(By.id("happenedOn-error")).getText())
                .contains("Date of the conversation must not be in the future");
        assertThat(browser.find(By.id("field-topic")).getAttribute("value")).isEqualTo("A call that has not happened yet");
        assertThat(browser.all(By.cssSelector("#participants-chosen input:checked"))).hasSize(1);
    }

    @Test
    void theLoggingFormWorksWithTheKeyboardAlone() {
        browser.open("/conversations/new");
        WebElement body = browser.find(By.tagName("body"));
        body.sendKeys(Keys.TAB);
        assertThat(browser.focused().getText()).isEqualTo("Skip to main content");
        browser.focused().sendKeys(Keys.ENTER);
        tabUntil("field-happenedOn");
        tabUntil("field-participants").sendKeys("Stroud District");
        browser.waitFor(By.cssSelector("#participant-results input"));
        tabTo(null).sendKeys(Keys.SPACE);                      // the first match
        assertThat(browser.all(By.cssSelector("#participants-chosen input:checked"))).hasSize(1);
        tabUntil("field-channel").sendKeys("Meeting");
        tabTo("field-topic").sendKeys("Keyboard-only logging of a meeting");
        tabUntil("log-conversation").sendKeys(Keys.ENTER);

        browser.waitFor(By.cssSelector("p.notice"));
        browser.reloadUntil(browser.path(), By.tagName("h1"), "Keyboard-only logging of a meeting");
    }

    @Test
    void aTopicWithMarkupIsShownAsTextNotRunAsMarkup() {
        String payload = "<script>alert(1)</script><img src=x onerror=alert(2)>";
        browser.open("/conversations/new");
        pick("Stroud District");
        new Select(browser.find(By.id("field-channel"))).selectByValue("EMAIL");
        browser.find(By.id("field-topic")).sendKeys(payload);
        browser.find(By.id("log-conversation")).click();

        browser.waitFor(By.cssSelector("p.notice"));
        browser.reloadUntil(browser.path(), By.tagName("h1"), payload);
        assertThat(browser.all(By.cssSelector("main script, main img"))).isEmpty();
        browser.reloadUntil("/timeline", By.cssSelector(".entry-summary"), "Logged a email about " + payload);
        assertThat(browser.all(By.cssSelector("main script, main img"))).isEmpty();
        assertThatThrownBy(() -> browser.driver().switchTo().alert()).isInstanceOf(NoAlertPresentException.class);
    }

    /** Types into the picker and ticks the first match. */
    private void pick(String name) {
        browser.find(By.id("field-participants")).sendKeys(name);
        browser.waitFor(By.cssSelector("#participant-results input")).click();
    }

    /** One Tab, and the field it lands on (checked when an id is given). */
    private WebElement tabTo(String id) {
        browser.focused().sendKeys(Keys.TAB);
        WebElement focused = browser.focused();
        if (id != null) {
            assertThat(focused.getAttribute("id")).isEqualTo(id);
        }
        return focused;
    }

    /** Tabs forward (at most 20 times) until the element with this id has focus. */
    private WebElement tabUntil(String id) {
        for (int i = 0; i < 20; i++) {
            browser.focused().sendKeys(Keys.TAB);
            if (id.equals(browser.focused().getAttribute("id"))) {
                return browser.focused();
            }
        }
        throw new AssertionError("Tab never reached #" + id);
    }
}
