package org.irrigate.app.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.irrigate.app.demo.Cast;
import org.irrigate.app.demo.DemoUsers;
import org.irrigate.influence.api.Strength;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Every page against the demo story, with a screenshot of each; and who may do what, enforced by the server. */
@BrowserTest
class PagesBrowserTest {
    @LocalServerPort
    int port;

    @Test
    void everyPageWorksOnTheDemoStoryAndIsPhotographed() {
        Browser browser = Browser.on(port).signIn("coordinator");
        browser.resize(Browser.DESKTOP);
        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("/", "Dashboard");
        pages.put("/conversations/new", "Log a conversation");
        pages.put("/conversations", "Conversations");
        pages.put("/organisations", "Organisations");
        pages.put("/organisations/" + Cast.STROUD_DC + "?on=2023-03-15", "Stroud District Council");
        pages.put("/people", "People");
        pages.put("/relationships", "Relationship map");
        pages.put("/advocacy", "Advocacy board");
        pages.put("/funding", "Funding pipeline");
        pages.put("/tipping-points", "Tipping points");
        pages.put("/timeline", "Timeline");
        pages.put("/evidence", "Evidence");
        pages.put("/evidence/case-studies/new", "Write a case study");
        pages.put("/replay", "Replay and export");
        int n = 1;
        for (var page : pages.entrySet()) {
            browser.open(page.getKey());
            assertThat(browser.h1()).as(page.getKey()).isEqualTo(page.getValue());
            assertThat(browser.find(By.tagName("main")).getText()).as(page.getKey()).doesNotContain("Something went wrong");
            browser.screenshot(String.format("%02d-%s", n++, slug(page.getValue())));
        }
        // One of each detail page, reached by following links as a user would.
        follow(browser, "/people", "main table a", "15-person");
        follow(browser, "/conversations", "main .list-plain a", "16-conversation");
        follow(browser, "/advocacy", ".board__card a", "17-advocacy-action");
        follow(browser, "/funding", "main table a", "18-award");
        follow(browser, "/evidence", "#case-studies ~ ul a", "19-case-study");
        follow(browser, "/evidence", "#reviews ~ ul a", "20-learning-review");
    }

    @Test
    void theStroudAwardShowsTheJourneyThatLedToIt() {
        Browser browser = Browser.on(port).signIn("coordinator");
        browser.resize(Browser.DESKTOP);
        browser.open("/funding");
        browser.find(By.partialLinkText("Stroud Community Hubs")).click();
        assertThat(browser.h1()).startsWith("Stroud Community Hubs");
        browser.find(By.linkText("See the journey to this award")).click();

        assertThat(browser.h1()).startsWith("Journey to Stroud Community Hubs");
        assertThat(browser.find(By.id("key-person-risk")).getText()).contains("Key-person risk");
        assertThat(browser.find(By.id("journey-timeline")).getText())
                .contains("UKSPF: a share for community groups", "Hubs funding agreed", "Decision");
        browser.waitFor(By.cssSelector("#journey-graph .node--decision"));
        long everything = visibleNodes(browser);
        assertThat(everything).isGreaterThan(5);
        browser.screenshot("21-journey-stroud-award");
        WebElement slider = browser.find(By.id("map-day"));
        browser.script("arguments[0].value = 0; arguments[0].dispatchEvent(new Event('input'))", slider);
        assertThat(visibleNodes(browser)).as("the journey's first day").isLessThan(everything);
    }

    @Test
    void aJourneyHangingOnOnePersonShowsTheKeyPersonRisk() {
        Browser browser = Browser.on(port).signIn("coordinator");
        browser.open("/funding");
        browser.find(By.partialLinkText("Open access youth services")).click();
        browser.find(By.linkText("See the journey to this award")).click();
        assertThat(browser.find(By.id("key-person-risk")).getText()).contains("at risk", "Helen Carter");
        browser.waitFor(By.cssSelector("#journey-graph .node.is-risk"));
        assertThat(browser.find(By.id("journey-timeline")).getText()).contains("Role ended");
        browser.screenshot("24-journey-key-person-risk");
    }

    @Test
    void onAPhoneTheMainPagesFitTheScreen() {
        Browser browser = Browser.on(port).signIn("ggt");
        browser.resize(Browser.PHONE);
        try {
            for (String path : new String[] {"/", "/conversations/new", "/timeline", "/funding", "/relationships"}) {
                browser.open(path);
                browser.h1();
                long overflow = (Long) browser.script(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                assertThat(overflow).as("horizontal scrolling on " + path).isLessThanOrEqualTo(0);
                browser.screenshot("phone" + slug(path.equals("/") ? "-dashboard" : path));
            }
        } finally {
            browser.resize(Browser.DESKTOP);
        }
    }

    @Test
    void researchersAreNotOfferedTheLoggingFormAndTheServerRefusesThemAnyway() {
        Browser browser = Browser.on(port).signIn("researcher");
        browser.open("/");
        assertThat(browser.all(By.cssSelector(".site-nav a[href='/conversations/new']"))).isEmpty();
        browser.open("/conversations/new");
        assertThat(browser.h1()).isEqualTo("Not allowed");
        assertThat(post(browser, "/conversations", "topic=Sneaky&channel=MEETING&participants=organisation:"
                + Cast.STROUD_DC)).isEqualTo(403L);
        assertThat(post(browser, "/replay/timeline", "")).isEqualTo(403L);
    }

    @Test
    void partnersDraftCaseStudiesOnlyForTheirOwnOrganisation() {
        Browser browser = Browser.on(port).signIn("ggt");
        browser.open("/evidence/case-studies/new");
        assertThat(browser.all(By.id("field-partner"))).as("partners are not offered a choice").isEmpty();
        assertThat(post(browser, "/evidence/case-studies", "partner=" + Cast.GL11
                + "&title=Not+ours&subject=Someone+else%27s+story&narratives=It+happened")).isEqualTo(403L);
        assertThat(post(browser, "/replay/timeline", "")).as("partners do not rebuild read models").isEqualTo(403L);
    }

    @Test
    void theRelationshipMapDrawsTheNetworkGraphAsItWasOnEachDay() {
        Browser browser = Browser.on(port).signIn("coordinator");
        browser.resize(Browser.DESKTOP);
        browser.open("/relationships");
        browser.waitFor(By.cssSelector("#relationship-graph[data-drawn] line"));
        List<String> days = List.of(browser.find(By.id("map-day")).getAttribute("data-days").split(","));

        String early = slideTo(browser, days, "2022-03-01");
        assertThat(seatOnTheLsp(browser)).as("Will Mansell's LSP seat began in November 2022 (map of %s)", early)
                .isEmpty();
        drawnFromTheFigures(browser, early);

        String later = slideTo(browser, days, "2024-06-01");
        assertThat(seatOnTheLsp(browser)).as("the LSP seat on %s", later).singleElement()
                .satisfies(line -> assertThat(line.getAttribute("data-kinds")).contains("seat"));
        drawnFromTheFigures(browser, later);
        assertThat(browser.find(By.id("map-brokers")).getText()).isNotBlank();
        assertThat(browser.find(By.id("network-map")).getText()).contains("alone connects the network to");
        browser.screenshot("relationship-map-2024");
    }

    /** Moves the slider to the last stop on or before the day, as a user would, and waits for that day's map. */
    private static String slideTo(Browser browser, List<String> days, String day) {
        int index = 0;
        while (index < days.size() - 1 && days.get(index + 1).compareTo(day) <= 0) {
            index++;
        }
        browser.script("arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('input'));"
                + "arguments[0].dispatchEvent(new Event('change', {bubbles: true}))", browser.find(By.id("map-day")),
                index);
        String stop = days.get(index);
        browser.waitFor(By.cssSelector("#network-map[data-as-of='" + stop + "'] #relationship-graph[data-drawn] line"));
        assertThat(browser.find(By.id("map-day-value")).getText()).isEqualTo(stop);
        return stop;
    }

    private static List<WebElement> seatOnTheLsp(Browser browser) {
        String will = Cast.WILL_MANSELL.toString(), lsp = Cast.LSP.toString();
        return browser.all(By.cssSelector("#relationship-graph line")).stream()
                .filter(l -> Set.of(l.getAttribute("data-source"), l.getAttribute("data-target"))
                        .equals(Set.of(will, lsp)))
                .toList();
    }

    /**
     * Every circle's radius follows its betweenness in the network graph API's answer for the day, and every line's
     * colour is the legend's colour for its strength there: the drawing is the read model's figures.
     */
    @SuppressWarnings("unchecked")
    private static void drawnFromTheFigures(Browser browser, String day) {
        Map<String, Object> graph = (Map<String, Object>) browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/api/network-graph?asOf=' + arguments[0], {headers: {Authorization: 'Basic ' + btoa(arguments[1])}})
                  .then(r => r.json()).then(done);""", day, "coordinator:" + DemoUsers.PASSWORD);
        List<Map<String, Object>> nodes = (List<Map<String, Object>>) graph.get("nodes");
        double most = nodes.stream().mapToDouble(n -> ((Number) n.get("betweenness")).doubleValue()).max().orElse(0);
        Map<String, Double> radii = new java.util.HashMap<>();
        for (WebElement circle : browser.all(By.cssSelector("#relationship-graph circle[data-node]"))) {
            radii.put(circle.getAttribute("data-node"), Double.parseDouble(circle.getAttribute("r")));
        }
        assertThat(radii.keySet()).as("every node of the graph is drawn, and only those")
                .containsExactlyInAnyOrderElementsOf(nodes.stream().map(n -> (String) n.get("id")).toList());
        for (Map<String, Object> n : nodes) {
            double b = ((Number) n.get("betweenness")).doubleValue();
            assertThat(radii.get((String) n.get("id"))).as("radius of %s", n.get("label"))
                    .isEqualTo(NetworkMap.radius(b, most));
        }
        assertThat(radii.values().stream().mapToDouble(Double::doubleValue).max().orElse(0))
                .isEqualTo(most > 0 ? NetworkMap.MAX_RADIUS : NetworkMap.MIN_RADIUS);
        List<Map<String, Object>> links = (List<Map<String, Object>>) graph.get("links");
        List<WebElement> lines = browser.all(By.cssSelector("#relationship-graph line"));
        assertThat(lines).hasSameSizeAs(links);
        for (WebElement line : lines) {
            Map<String, Object> link = links.stream().filter(l -> l.get("source").equals(line.getAttribute("data-source"))
                    && l.get("target").equals(line.getAttribute("data-target"))).findFirst().orElseThrow();
            Strength strength = link.get("strength") == null ? null : Strength.valueOf((String) link.get("strength"));
            assertThat(line.getAttribute("stroke")).isEqualTo(NetworkMap.colour(strength));
            assertThat(line.getAttribute("class").contains("is-risk")).isEqualTo(link.get("atRisk"));
            if (strength != null) {
                assertThat(browser.find(By.cssSelector("#map-legend li[data-strength='" + strength.label() + "'] line"))
                        .getAttribute("stroke")).isEqualTo(line.getAttribute("stroke"));
            }
        }
    }

    @Test
    void asKnownOnADayLeavesOutWhatWasRecordedLater() {
        Browser browser = Browser.on(port).signIn("researcher");
        browser.open("/timeline");
        String everything = browser.find(By.cssSelector("#timeline-results p strong")).getText();
        browser.script("arguments[0].value = '2022-12-31'", browser.find(By.id("known-on-day")));
        browser.find(By.cssSelector("form.known-on button[type=submit]")).click();
        assertThat(browser.waitFor(By.cssSelector(".known-on-banner")).getText()).contains("31 December 2022");
        String then = browser.find(By.cssSelector("#timeline-results p strong")).getText();
        assertThat(Long.parseLong(then)).isPositive().isLessThan(Long.parseLong(everything));
        browser.screenshot("timeline-as-known-on");
        browser.clickToLoad(By.cssSelector("form.known-on button[name=clear]"));
        assertThat(browser.all(By.cssSelector(".known-on-banner"))).isEmpty();
    }

    @Test
    void theCoordinatorRebuildsAReadModelAndFollowsItsProgressAndAnyoneExportsTheTimeline() {
        Browser browser = Browser.on(port).signIn("coordinator");
        browser.open("/replay");
        browser.find(By.cssSelector("button[aria-label='Rebuild advocacy-board']")).click();
        waitUntilDone(browser, "Rebuilding advocacy-board");
        browser.screenshot("22-replay-rebuilt");
        assertThat(browser.all(By.cssSelector("button[aria-label='Rebuild tamper-chain']"))).isEmpty();
        browser.open("/advocacy");
        assertThat(browser.all(By.cssSelector(".board__card"))).as("the rebuilt board").isNotEmpty();
        browser.open("/replay");
        String csv = (String) browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                fetch('/replay/timeline.csv').then(r => r.text()).then(done);""");
        assertThat(csv.lines().findFirst()).contains(
                "position,happened_on,recorded_at,event_type,module,recorded_by,on_behalf_of,private,summary");
        assertThat(csv).contains("OrganisationRegistered");
    }

    @Test
    void aResearcherReplaysTheHistoryAsKnownOnADayAndExportsIt() {
        Browser browser = Browser.on(port).signIn("researcher");
        browser.open("/replay");
        assertThat(browser.all(By.cssSelector("button[aria-label^='Rebuild']"))).as("researchers rebuild nothing")
                .isEmpty();
        browser.script("arguments[0].value = '2023-03-15'", browser.find(By.id("replay-day")));
        browser.find(By.id("start-replay")).click();
        waitUntilDone(browser, "As known on 2023-03-15");
        String line = "//li[@data-state='DONE'][contains(., 'As known on 2023-03-15')]";
        String href = retrying(browser).until(d -> d.findElement(By.xpath(line + "//a[text()='Export CSV']"))
                .getAttribute("href"));
        String csv = (String) browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => r.text()).then(done);""", href);
        assertThat(csv).as("known by mid-March 2023: the Gloucester decision, not the Stroud award of 31 March")
                .contains("Gloucester community groups: 10% of UKSPF")
                .doesNotContain("Stroud Community Hubs: community-led UKSPF funding");
        browser.screenshot("23-replay-as-known-on");
        retrying(browser).until(d -> {
            d.findElement(By.xpath(line + "//button[text()='Discard']")).click();
            return true;
        });
        // The page may still be polling for other replays, so read the whole page rather than one (swapped) line.
        browser.waitFor(By.id("start-replay"));
        assertThat(browser.find(By.tagName("main")).getText()).doesNotContain("As known on 2023-03-15");
    }

    /** A wait that looks again when htmx has swapped the element it found for a fresh copy. */
    private static org.openqa.selenium.support.ui.WebDriverWait retrying(Browser browser) {
        var wait = new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(60));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        return wait;
    }

    /** Waits (the page polls with htmx) until the replay named so shows as done, and returns its line. */
    private static WebElement waitUntilDone(Browser browser, String name) {
        return retrying(browser).until(d -> d.findElements(By.cssSelector("#replay-jobs li[data-state=DONE]")).stream()
                        .filter(li -> li.getText().contains(name)).findFirst().orElse(null));
    }

    @Test
    void aBadTimelineFilterIsShownNextToItsField() {
        Browser browser = Browser.on(port).signIn("coordinator");
        browser.open("/timeline?happenedFrom=2024-01-01&happenedTo=2023-01-01");
        assertThat(browser.waitFor(By.id("happenedTo-error")).getText())
                .contains("Happened to must not be before happenedFrom");
        assertThat(browser.find(By.id("field-happenedFrom")).getAttribute("value")).isEqualTo("2024-01-01");
    }

    /** A form post from the signed-in page, with its CSRF token: what a crafted request would get. */
    private static long post(Browser browser, String path, String body) {
        return (Long) browser.asyncScript("""
                const done = arguments[arguments.length - 1];
                const token = document.querySelector('input[name=_csrf]').value;
                fetch(arguments[0], {method: 'POST', redirect: 'manual',
                    headers: {'Content-Type': 'application/x-www-form-urlencoded'},
                    body: '_csrf=' + encodeURIComponent(token) + '&' + arguments[1]})
                  .then(r => done(r.status));""", path, body);
    }

    private static long visibleNodes(Browser browser) {
        return (Long) browser.script("return Array.from(document.querySelectorAll('#journey-graph .node'))"
                + ".filter(n => n.style.display !== 'none').length");
    }

    private static void follow(Browser browser, String from, String css, String name) {
        browser.open(from);
        WebElement link = browser.waitFor(By.cssSelector(css));
        String text = link.getText();
        link.click();
        assertThat(browser.h1()).isEqualTo(text);
        browser.screenshot(name);
    }

    private static String slug(String text) {
        return text.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
}
