package org.irrigate.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import org.springframework.test.web.servlet.result.MockMvcResultMatchers;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import com.jayway.jsonpath.JsonPath;
import org.irrigate.app.demo.Cast;
import org.irrigate.app.demo.FundingChapter;
import org.irrigate.app.support.Api;
import org.irrigate.app.support.IntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Role × endpoint: every API endpoint the application maps is checked for every role and for no sign-in. The
 * expectations are written here, independently of SecurityConfig; an endpoint the matrix does not cover fails.
 */
@IntegrationTest
class AuthorisationMatrixTest {
    static final Set<Role> ALL = EnumSet.allOf(Role.class);
    static final Set<Role> WRITERS = EnumSet.of(Role.PARTNER, Role.COORDINATOR, Role.ADMIN);
    static final Map<Role, String> USERS = Map.of(Role.PARTNER, "ggt", Role.COORDINATOR, "coordinator",
            Role.RESEARCHER, "researcher", Role.ADMIN, "admin");

    /** First matching rule wins. */
    record Rule(String method, Pattern path, Set<Role> allowed) {
        Rule(String method, String path, Set<Role> allowed) {
            this(method, Pattern.compile(path), allowed);
        }

        boolean matches(String m, String p) {
            return (method.equals("*") || method.equals(m)) && path.matcher(p).matches();
        }
    }

    /** A record id or code in a path. */
    static final String ID = "[^/]+";

    /**
     * One rule per endpoint family, naming each path: an endpoint added without a rule here fails the test until
     * someone decides who may call it.
     */
    static final List<Rule> MATRIX = List.of(
            new Rule("*", "/api/admin/(users(/" + ID + "/(password|enable|disable))?|backup|integrity/anchor"
                    + "|dead-letters(/" + ID + "/retry)?)", EnumSet.of(Role.ADMIN)),
            new Rule("*", "/api/people/" + ID + "/(erase|subject-access)", EnumSet.of(Role.COORDINATOR, Role.ADMIN)),
            new Rule("POST", "/api/replay/projections/" + ID + "/rebuild", EnumSet.of(Role.COORDINATOR, Role.ADMIN)),
            // a disposable replay changes nothing in the history: researchers run them
            new Rule("POST", "/api/replay/disposable(/" + ID + "/discard)?", ALL),
            new Rule("GET", "/api/replay/(projections|jobs(/" + ID + ")?|disposable/" + ID + "/export\\.(json|csv))",
                    ALL),
            // researchers annotate: evidence is theirs to write
            new Rule("POST", "/api/evidence/(harvested-outcomes(/" + ID + "/(substantiations|retract))?"
                    + "|reflections(/" + ID + "/(notes|learning-points))?"
                    + "|theories-of-change(/" + ID + "/(revise|priorities))?"
                    + "|case-studies(/" + ID + "/(revise|consent|links|publish))?"
                    + "|reviews(/" + ID + "/(pins|findings|close))?)", ALL),
            new Rule("GET", "/api/evidence/(by-area(/counts)?|(harvested-outcomes|reflections|theories-of-change"
                    + "|case-studies|reviews)(/" + ID + ")?|reviews/" + ID + "/pack(\\.md)?)", ALL),
            new Rule("GET", "/api/(organisations(/" + ID + "(/people)?)?|people(/" + ID + ")?|places(/" + ID + ")?"
                    + "|timeline|integrity(/anchor)?)", ALL),
            new Rule("GET", "/api/(conversations|advocacy-actions|relationships|representations|tipping-points)(/"
                    + ID + ")?|/api/follow-ups", ALL),
            new Rule("GET", "/api/funding/(awards(/" + ID + "(/summary)?)?|bids(/" + ID + ")?|contribution-claims(/"
                    + ID + ")?|opportunities(/" + ID + ")?|money|pipeline|360giving/(report|grants\\.(json|csv)))",
                    ALL),
            new Rule("GET", "/api/journeys/((awards|bids|conversations|relationships)/" + ID
                    + "|figures|tipping-points|suggestions)", ALL),
            // branch network-graph: the graph is read by every role
            new Rule("GET", "/api/network-graph(/.*)?", ALL),
            new Rule("POST", "/api/journeys/suggestions/" + ID + "/(confirm|dismiss|reconsider)", WRITERS),
            new Rule("POST", "/api/organisations(/" + ID + "/(rename|kind|join|leave|merge|retire))?", WRITERS),
            new Rule("POST", "/api/people(/" + ID + "/(details|roles(/" + ID + "/end)?))?", WRITERS),
            new Rule("POST", "/api/places(/import)?", WRITERS),
            new Rule("POST", "/api/conversations(/import|/" + ID
                    + "/(amend|retract|person-notes|follow-ups(/" + ID + "/complete)?|follow-up-conversations))?",
                    WRITERS),
            new Rule("POST", "/api/advocacy-actions(/" + ID + "/(steps|responses|outcome|close|reopen))?", WRITERS),
            new Rule("POST", "/api/relationships(/" + ID + "/(assessments|dependencies|person-notes|resolve-risk))?",
                    WRITERS),
            new Rule("POST", "/api/representations(/" + ID + "/end)?", WRITERS),
            new Rule("POST", "/api/tipping-points(/" + ID + "/retract)?", WRITERS),
            new Rule("POST", "/api/funding/(awards(/" + ID + "/(amend|disbursements))?|bids(/" + ID
                    + "/(decision|reopen|revise|submit|withdraw))?|contribution-claims(/" + ID
                    + "/(challenge|withdraw))?|opportunities(/" + ID + "/revise)?)", WRITERS),
            // a 360Giving export is produced on request, as a write is
            new Rule("POST", "/api/funding/360giving/(report|grants\\.(json|csv))", WRITERS));

    @Autowired
    Api api;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    record Endpoint(String method, String pattern) {
        String example() {
            return pattern.replaceAll("\\{[^}]*code[^}]*}", "E07000082")
                    .replaceAll("\\{username}", "nobody-here")
                    .replaceAll("\\{[^}]+}", UUID.nameUUIDFromBytes(pattern.getBytes()).toString());
        }
    }

    List<Endpoint> endpoints() {
        List<Endpoint> endpoints = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            info.getPatternValues().stream().filter(p -> p.startsWith("/api/")).forEach(pattern ->
                    methods.forEach(m -> endpoints.add(new Endpoint(m.name(), pattern))));
        });
        return endpoints;
    }

    @TestFactory
    Stream<DynamicTest> everyEndpointAnswersEachRoleAsTheMatrixSays() {
        List<Endpoint> endpoints = endpoints();
        assertThat(endpoints).hasSizeGreaterThan(20);
        return endpoints.stream().map(endpoint -> DynamicTest.dynamicTest(endpoint.method() + " " + endpoint.pattern(),
                () -> check(endpoint)));
    }

    private void check(Endpoint endpoint) throws Exception {
        String path = endpoint.example();
        Rule rule = MATRIX.stream().filter(r -> r.matches(endpoint.method(), path)).findFirst()
                .orElseThrow(() -> new AssertionError("Endpoint not in the authorisation matrix: " + endpoint));
        assertThat(status(null, endpoint.method(), path)).as("no sign-in").isEqualTo(401);
        for (Role role : Role.values()) {
            int status = status(USERS.get(role), endpoint.method(), path);
            if (rule.allowed().contains(role)) {
                assertThat(status).as(role + " may " + endpoint).isNotIn(401, 403);
            } else {
                assertThat(status).as(role + " may not " + endpoint).isEqualTo(403);
            }
        }
    }

    private int status(String user, String method, String path) throws Exception {
        var request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path);
        if (!method.equals("GET")) {
            request.contentType(MediaType.APPLICATION_JSON).content("{}");
        }
        return api.perform(user, request).andReturn().getResponse().getStatus();
    }

    // --- own / other organisation: a partner changes only its own records (OwnershipRules) ---

    @Test
    void aPartnerChangesOnlyItsOwnOrganisationsRecord() throws Exception {
        String organisation = create("ggt", "/api/organisations", """
                {"name": "Own-or-other Hub", "kind": "COMMUNITY_GROUP"}""", "organisationId");
        String path = "/api/organisations/" + organisation + "/rename";
        refused("gl11", path, "{\"name\": \"Taken over\"}");
        allowed("ggt", path, "{\"name\": \"Own-or-other Hub renamed\"}");
        allowed("coordinator", path, "{\"name\": \"Own-or-other Hub renamed again\"}");
        // the organisation itself may change its own record, whoever registered it
        refused("gl11", "/api/organisations/" + Cast.GGT + "/leave", "{\"reason\": \"Not yours\"}");
        refused("ggt", "/api/organisations/" + Cast.GL11 + "/retire", "{\"reason\": \"Not yours\"}");
    }

    @Test
    void aPartnerClosesOnlyAdvocacyItIsAnAdvocateOf() throws Exception {
        String action = create("ggt", "/api/advocacy-actions", """
                {"ask": "Own-or-other ask", "decisionAtStake": "A budget", "advocates": ["%s"],
                 "targetOrganisation": "%s", "happenedOn": "2023-01-05"}""".formatted(Cast.GGT, Cast.STROUD_DC),
                "advocacyActionId");
        String close = "/api/advocacy-actions/" + action + "/close";
        refused("gl11", close, "{\"reason\": \"Not ours\", \"happenedOn\": \"2023-02-01\"}");
        allowed("ggt", close, "{\"reason\": \"Done\", \"happenedOn\": \"2023-02-01\"}");
        refused("gl11", "/api/advocacy-actions/" + action + "/reopen", "{\"reason\": \"Not ours\"}");
        allowed("coordinator", "/api/advocacy-actions/" + action + "/reopen", "{\"reason\": \"Again\"}");
        // nor may a partner start an action in another's name
        refused("gl11", "/api/advocacy-actions", """
                {"ask": "In another's name", "decisionAtStake": "A budget", "advocates": ["%s"],
                 "targetOrganisation": "%s"}""".formatted(Cast.GGT, Cast.STROUD_DC));
    }

    @Test
    void aPartnerWithdrawsOnlyItsOwnBidAndOnlyTheFunderDecides() throws Exception {
        String bid = create("ggt", "/api/funding/bids", """
                {"fundingOpportunityId": "%s", "title": "Own-or-other bid", "lead": "%s", "partners": [],
                 "amountRequested": 100000, "happenedOn": "2023-10-02"}""".formatted(FundingChapter.STROUD_UKSPF,
                Cast.GGT), "bidId");
        refused("gl11", "/api/funding/bids/" + bid + "/submit", "{\"happenedOn\": \"2023-10-03\"}");
        String decision = """
                {"outcome": "DECLINED", "decisionMaker": "%s", "happenedOn": "2023-11-01"}""".formatted(Cast.STROUD_DC);
        refused("ggt", "/api/funding/bids/" + bid + "/decision", decision);
        refused("gl11", "/api/funding/bids/" + bid + "/decision", decision);
        refused("gl11", "/api/funding/bids/" + bid + "/withdraw", "{\"reason\": \"Not ours\"}");
        allowed("ggt", "/api/funding/bids/" + bid + "/withdraw", """
                {"reason": "Changed our plans", "happenedOn": "2023-10-05"}""");
        // and a bid cannot be drafted in the name of an organisation the partner does not belong to
        refused("gl11", "/api/funding/bids", """
                {"fundingOpportunityId": "%s", "title": "In another's name", "lead": "%s", "partners": [],
                 "amountRequested": 100000}""".formatted(FundingChapter.STROUD_UKSPF, Cast.GGT));
    }

    @Test
    void aPartnerReassessesAndRetractsOnlyWhatItRecorded() throws Exception {
        String relationship = create("ggt", "/api/relationships", """
                {"first": {"organisationId": "%s"}, "second": {"personId": "%s"}, "strength": "AWARE",
                 "happenedOn": "2023-01-10"}""".formatted(Cast.GGT, Cast.TOM_HUGHES), "relationshipId");
        String assess = "/api/relationships/" + relationship + "/assessments";
        refused("gl11", assess, "{\"strength\": \"TRUSTED\", \"happenedOn\": \"2023-06-01\"}");
        allowed("ggt", assess, "{\"strength\": \"ENGAGED\", \"happenedOn\": \"2023-06-01\"}");
        String tippingPoint = create("ggt", "/api/tipping-points", """
                {"happenedOn": "2023-06-01", "whatChanged": "Own-or-other change", "before": "B", "after": "A",
                 "organisations": ["%s"]}""".formatted(Cast.GLOUCESTER_CITY), "tippingPointId");
        String retract = "/api/tipping-points/" + tippingPoint + "/retract";
        refused("gl11", retract, "{\"reason\": \"Not ours\"}");
        allowed("ggt", retract, "{\"reason\": \"Overstated\"}");
    }

    @Test
    void aPartnerChangesOnlyThePeopleItRecorded() throws Exception {
        String person = create("ggt", "/api/people", """
                {"fullName": "Own Or Other"}""", "personId");
        String details = "/api/people/" + person + "/details";
        refused("gl11", details, "{\"fullName\": \"Someone Else\", \"reason\": \"Mine now\"}");
        allowed("ggt", details, "{\"fullName\": \"Own O. Other\", \"reason\": \"Spelling\"}");
    }

    @Test
    void aPartnerAddsNotesAboutPeopleOnlyToItsOwnRecords() throws Exception {
        String conversation = create("ggt", "/api/conversations", """
                {"channel": "CALL", "topic": "Own-or-other notes", "visibility": "SHARED",
                 "participants": [{"personId": "%s"}]}""".formatted(Cast.TOM_HUGHES), "conversationId");
        String note = "{\"personId\": \"" + Cast.TOM_HUGHES + "\", \"note\": \"Own-or-other note\"}";
        refused("gl11", "/api/conversations/" + conversation + "/person-notes", note);
        allowed("ggt", "/api/conversations/" + conversation + "/person-notes", note);
        allowed("coordinator", "/api/conversations/" + conversation + "/person-notes", note);
        String relationship = create("ggt", "/api/relationships", """
                {"first": {"organisationId": "%s"}, "second": {"personId": "%s"}, "strength": "AWARE"}"""
                .formatted(Cast.GGT, Cast.TOM_HUGHES), "relationshipId");
        refused("gl11", "/api/relationships/" + relationship + "/person-notes", note);
        allowed("ggt", "/api/relationships/" + relationship + "/person-notes", note);
    }

    private String create(String user, String path, String body, String idField) throws Exception {
        String response = api.post(user, path, body).andExpect(MockMvcResultMatchers.status().isCreated()).andReturn()
                .getResponse()
                .getContentAsString();
        return JsonPath.read(response, "$." + idField);
    }

    /** 403 as problem+json, and nothing written. */
    private void refused(String user, String path, String body) throws Exception {
        long before = api.storedEvents();
        api.post(user, path, body).andExpect(MockMvcResultMatchers.status().isForbidden())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(api.storedEvents()).as(user + " " + path + " writes nothing").isEqualTo(before);
    }

    private void allowed(String user, String path, String body) throws Exception {
        assertThat(api.post(user, path, body).andReturn().getResponse().getStatus()).as(user + " " + path)
                .isBetween(200, 299);
    }
}
