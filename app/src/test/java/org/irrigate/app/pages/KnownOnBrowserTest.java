package org.irrigate.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.app.demo.Cast;
import org.irrigate.app.journey.Moment;
import org.irrigate.app.knownon.KnownFunding;
import org.irrigate.app.knownon.KnownOnStory;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.core.api.Viewer;
import org.irrigate.funding.api.FundingQuery.FindMoney;
import org.irrigate.funding.api.FundingQuery.FindPipeline;
import org.irrigate.funding.api.FundingView.MoneyRow;
import org.irrigate.funding.api.FundingView.PipelineRow;
import org.irrigate.funding.api.MoneyDimension;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The "as known on" day applies on every page: a researcher who picks 15 June 2026 sees each record of the story as
 * first recorded on 10 June (before its correction on 20 June), none of the records first recorded on 20 June, and
 * the banner saying so; the dashboard's follow-ups, pipeline and money, and the journey's award heading, as then
 * recorded; "Show now" brings today's knowledge back.
 */
@BrowserTest
class KnownOnBrowserTest {
    @LocalServerPort
    int port;
    @Autowired
    CommandGateway commands;
    @Autowired
    QueryGateway queries;
    @Autowired
    KnownFunding known;

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

        // the dashboard: overdue on 15 June and not known to be done; pipeline and money of what was then recorded
        Instant then = Moment.knownOn(KnownOnStory.BETWEEN);
        Viewer researcher = new Viewer("researcher", Cast.CTP, false);
        assertThat(main(browser, "/")).contains(story.name("Send the orchard plan"))
                .doesNotContain(story.name("Ring the clerk"));
        String pipelineThen = pipeline(browser);
        assertThat(pipelineThen).contains("Submitted")
                .isEqualToIgnoringWhitespace(pipeline(PipelineRow.addUp(known.bids(then, researcher))));
        String moneyThen = year(browser, "2026");
        assertThat(moneyThen).isEqualToIgnoringWhitespace(year(MoneyRow.addUp(MoneyDimension.YEAR,
                known.awards(then, researcher)), "2026"));
        browser.screenshot("dashboard-as-known-on");

        // the journey's heading is the award as then recorded, before its top-up; an award recorded later has none
        browser.reloadUntil("/funding/awards/" + story.award + "/journey", By.tagName("h1"), "Journey to");
        assertThat(browser.h1()).isEqualTo("Journey to " + story.name("Orchard award"));
        assertThat(browser.find(By.id("journey-award")).getText())
                .contains(story.name("Orchard Council"), "£900.00", "awarded 1 June 2026")
                .doesNotContain("£1,200", "Town Council");
        // the body too (graph, timeline, key-person risk) names the council as it was then called
        assertThat(main(browser, "/funding/awards/" + story.award + "/journey")).contains(story.name("Orchard Council"))
                .doesNotContain("Town Council");
        browser.screenshot("journey-as-known-on");
        browser.open("/funding/awards/" + story.lateAward + "/journey");
        assertThat(browser.h1()).isEqualTo("Not recorded yet");
        assertThat(browser.find(By.id("not-yet-recorded")).getText()).contains("15 June 2026");

        browser.clickToLoad(By.cssSelector("form.known-on button[name=clear]"));
        assertThat(browser.all(By.cssSelector(".known-on-banner"))).isEmpty();
        assertThat(main(browser, "/funding/awards/" + story.award)).contains("£1,200");
        assertThat(main(browser, "/evidence/reviews/" + story.review)).contains("Many hands");
        browser.reloadUntil("/funding/awards/" + story.award, By.tagName("main"), "£300.00");
        assertThat(main(browser, "/")).contains(story.name("Ring the clerk"))
                .doesNotContain(story.name("Send the orchard plan"));
        assertThat(pipeline(browser)).isEqualToIgnoringWhitespace(pipeline(QueryAnswers.list(queries,
                new FindPipeline(), PipelineRow.class))).isNotEqualTo(pipelineThen);
        assertThat(year(browser, "2026")).isEqualToIgnoringWhitespace(year(QueryAnswers.list(queries,
                new FindMoney(MoneyDimension.YEAR), MoneyRow.class), "2026")).isNotEqualTo(moneyThen);
        browser.reloadUntil("/funding/awards/" + story.award + "/journey", By.tagName("h1"), "Journey to");
        assertThat(browser.find(By.id("journey-award")).getText())
                .contains(story.name("Orchard Town Council"), "£1,200.00");
        browser.reloadUntil("/funding/awards/" + story.lateAward + "/journey", By.tagName("h1"),
                "Journey to " + story.name("Late award"));
    }

    /** The dashboard's pipeline summary, as shown. */
    private static String pipeline(Browser browser) {
        return browser.find(By.xpath("//h2[.='Funding pipeline']/following-sibling::div//tbody")).getText();
    }

    /** The pipeline summary the page should show for these rows: one line per stage, every funder added up. */
    private static String pipeline(List<PipelineRow> rows) {
        StringBuilder text = new StringBuilder();
        for (PipelineStage s : PipelineStage.of(rows)) {
            String name = s.status().name().replace('_', ' ').toLowerCase(Locale.ROOT);
            text.append(Character.toUpperCase(name.charAt(0))).append(name.substring(1)).append(s.bids())
                    .append(s.requested().formatted()).append(s.decided().formatted());
        }
        return text.toString();
    }

    /** The money table's line for a year, as shown. */
    private static String year(Browser browser, String year) {
        return browser.find(By.xpath("//table[caption[contains(., 'same figures')]]//tr[th='" + year + "']"))
                .getText();
    }

    private static String year(List<MoneyRow> rows, String year) {
        MoneyRow r = rows.stream().filter(m -> m.key().equals(year)).findFirst().orElseThrow();
        return year + r.awarded().formatted() + r.scheduled().formatted() + r.paid().formatted();
    }

    private static String main(Browser browser, String path) {
        browser.open(path);
        return browser.find(By.tagName("main")).getText();
    }

    private static String banner(Browser browser) {
        return browser.find(By.cssSelector(".known-on-banner")).getText();
    }
}
