package org.irrigate.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.irrigate.app.knownon.KnownOnStory;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The "as known on" day applies on every page: a researcher who picks 15 June 2026 sees each record of the story as
 * first recorded on 10 June (before its correction on 20 June), none of the records first recorded on 20 June, and
 * the banner saying so; "Show now" brings today's knowledge back.
 */
@BrowserTest
class KnownOnBrowserTest {
    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;

    @Test
    void everyPageShowsWhatHadBeenRecordedByTheEndOfTheDay() {
        KnownOnStory story = new KnownOnStory(commands, "kb" + System.nanoTime()).tell();
        Browser browser = Browser.on(port).signIn("researcher");
        // now: the corrections and the later records show (once the read models have caught up)
        browser.reloadUntil("/organisations?name=" + story.tag, By.tagName("main"), story.name("Late Parish"));
        browser.reloadUntil("/evidence", By.tagName("main"), story.name("Late story"));
        assertThat(main(browser, "/organisations/" + story.council)).contains(story.name("Orchard Town Council"));

        browser.open("/timeline");
        browser.script("arguments[0].value = '" + KnownOnStory.BETWEEN + "'", browser.find(By.id("known-on-day")));
        browser.find(By.cssSelector("form.known-on button[type=submit]")).click();
        assertThat(browser.waitFor(By.cssSelector(".known-on-banner")).getText()).contains("as known on 15 June 2026");
        // lists find their records through the timeline, which also catches up a moment after a command
        browser.reloadUntil("/evidence", By.tagName("main"), story.name("What saved the orchard?"));
        browser.reloadUntil("/funding", By.tagName("main"), story.name("Orchard award"));

        assertThat(main(browser, "/organisations?name=" + story.tag))
                .contains(story.name("Orchard Council")).doesNotContain("Town Council", story.name("Late Parish"));
        assertThat(main(browser, "/organisations/" + story.council))
                .contains(story.name("Orchard Council"), story.name("Olive Officer"),
                        story.name("Orchards first ask"))
                .doesNotContain("Town Council", "Moved on", "at the fair", story.name("Orchards late talk"));
        assertThat(banner(browser)).contains("15 June 2026");
        assertThat(main(browser, "/people")).contains(story.name("Olive Officer"))
                .doesNotContain(story.name("Larry Late"));
        assertThat(main(browser, "/people/" + story.officer)).contains("Grants Officer", story.name("Orchard Council"))
                .doesNotContain("Moved on", "Town Council");
        assertThat(main(browser, "/conversations?q=" + story.tag)).contains(story.name("Orchards first ask"))
                .doesNotContain("at the fair", story.name("Orchards late talk"), story.name("Orchards private"));
        assertThat(main(browser, "/conversations/" + story.conversation)).contains(story.name("Orchards first ask"))
                .doesNotContain("at the fair");
        browser.open("/conversations/" + story.lateConversation);
        assertThat(browser.h1()).isEqualTo("Not found");
        assertThat(main(browser, "/advocacy")).contains(story.name("Keep the orchard"))
                .doesNotContain(story.name("Plant more trees"));
        assertThat(main(browser, "/advocacy/" + story.advocacy)).contains(story.name("Keep the orchard"))
                .doesNotContain(story.name("Met the clerk"));
        assertThat(main(browser, "/funding")).contains(story.name("Orchard bid"), story.name("Orchard award"))
                .doesNotContain(story.name("Late bid"));
        assertThat(main(browser, "/funding/awards/" + story.award)).contains("£900", story.name("Orchard Council"))
                .doesNotContain("£1,200", "Town Council");
        assertThat(main(browser, "/evidence")).contains(story.name("Orchard story"), story.name("Orchard saved"),
                story.name("What saved the orchard?")).doesNotContain(story.name("Orchard story, revised"),
                story.name("Late story"), story.name("Late outcome"), story.name("A late question?"));
        assertThat(main(browser, "/evidence/case-studies/" + story.caseStudy)).contains(story.name("Orchard story"))
                .doesNotContain("revised");
        assertThat(main(browser, "/evidence/reviews/" + story.review)).doesNotContain("Many hands",
                "It began with one ask");
        browser.open("/organisations/" + story.council);
        browser.screenshot("organisation-as-known-on");

        browser.find(By.cssSelector("form.known-on button[name=clear]")).click();
        assertThat(browser.all(By.cssSelector(".known-on-banner"))).isEmpty();
        assertThat(main(browser, "/funding/awards/" + story.award)).contains("£1,200");
        assertThat(main(browser, "/evidence/reviews/" + story.review)).contains("Many hands");
    }

    private static String main(Browser browser, String path) {
        browser.open(path);
        return browser.find(By.tagName("main")).getText();
    }

    private static String banner(Browser browser) {
        return browser.find(By.cssSelector(".known-on-banner")).getText();
    }
}
