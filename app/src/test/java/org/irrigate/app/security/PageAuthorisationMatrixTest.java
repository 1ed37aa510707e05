package org.irrigate.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.irrigate.app.security.AuthorisationMatrixTest.Rule;
import org.irrigate.app.support.IntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Role × page: every route the web pages map (everything outside {@code /api/}) is checked for every role, signed in
 * by form as a browser would be (session principal, CSRF token on every form post), and for no sign-in, which is sent
 * to the sign-in page rather than answered 401. Expectations are written here, independently of SecurityConfig and
 * the page controllers; a route the matrix does not cover fails.
 */
@IntegrationTest
class PageAuthorisationMatrixTest {
    static final Set<Role> ALL = AuthorisationMatrixTest.ALL;
    static final Set<Role> WRITERS = AuthorisationMatrixTest.WRITERS;
    static final Set<Role> OPERATORS = EnumSet.of(Role.COORDINATOR, Role.ADMIN);
    static final String ID = AuthorisationMatrixTest.ID;

    /** Reachable without signing in: the sign-in page itself, errors, health and the API's documentation. */
    static final List<String> PUBLIC = List.of("/login", "/error", "/actuator/health(/.*)?", "/v3/api-docs(\\.yaml|/.*)?",
            "/swagger-ui(\\.html|/.*)");

    /** First matching rule wins; every page also needs a sign-in. */
    static final List<Rule> MATRIX = List.of(
            // researchers read and annotate; logging a conversation or completing its follow-up changes history
            new Rule("POST", "/conversations(/" + ID + "/follow-ups/" + ID + "/complete)?", WRITERS),
            new Rule("GET", "/conversations/new", WRITERS),
            new Rule("GET", "/conversations(/" + ID + ")?", ALL),
            // starting an advocacy action, taking its steps, drafting and submitting a bid change history
            new Rule("POST", "/advocacy(/" + ID + "/steps)?|/funding/bids(/" + ID + "/submit)?", WRITERS),
            new Rule("GET", "/advocacy/new|/funding/bids/new", WRITERS),
            new Rule("GET", "/funding/bids/" + ID, ALL),
            // a disposable replay and the "as known on" day change no history
            new Rule("POST", "/replay/(disposable|jobs/" + ID + "/discard)|/known-on", ALL),
            // rebuilding a live read model is an operator's act
            new Rule("POST", "/replay/" + ID, OPERATORS),
            new Rule("GET", "/replay(/progress|/timeline\\.csv|/jobs/" + ID + "/export\\." + ID + ")?", ALL),
            // evidence is the researchers' to annotate, as in the API
            new Rule("POST", "/evidence/case-studies", ALL),
            new Rule("GET", "/evidence(/case-studies/(new|" + ID + ")|/reviews/" + ID + ")?", ALL),
            new Rule("GET", "/|/advocacy(/" + ID + ")?|/funding(/awards/" + ID + "(/journey)?)?|/organisations(/" + ID
                    + ")?|/people(/" + ID + ")?|/relationships|/timeline|/tipping-points|/pickers/parties", ALL));

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService members;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    List<AuthorisationMatrixTest.Endpoint> routes() {
        List<AuthorisationMatrixTest.Endpoint> routes = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            info.getPatternValues().stream().filter(p -> !p.startsWith("/api/")).forEach(pattern ->
                    (methods.isEmpty() ? Set.of(RequestMethod.GET, RequestMethod.POST) : methods)
                            .forEach(m -> routes.add(new AuthorisationMatrixTest.Endpoint(m.name(), pattern))));
        });
        return routes;
    }

    @TestFactory
    Stream<DynamicTest> everyPageAnswersEachRoleAsTheMatrixSays() {
        List<AuthorisationMatrixTest.Endpoint> routes = routes();
        assertThat(routes).extracting(AuthorisationMatrixTest.Endpoint::pattern)
                .contains("/", "/conversations", "/login", "/replay/{name}");
        return routes.stream().map(route -> DynamicTest.dynamicTest(route.method() + " " + route.pattern(),
                () -> check(route)));
    }

    private void check(AuthorisationMatrixTest.Endpoint route) throws Exception {
        String path = route.example();
        if (PUBLIC.stream().anyMatch(path::matches)) {
            MockHttpServletResponse anonymous = answer(null, route.method(), path);
            assertThat(anonymous.getStatus()).as("public " + route).isNotIn(401, 403);
            assertThat(String.valueOf(anonymous.getRedirectedUrl())).as("public " + route).doesNotEndWith("/login");
            return;
        }
        Rule rule = MATRIX.stream().filter(r -> r.matches(route.method(), path)).findFirst()
                .orElseThrow(() -> new AssertionError("Page not in the authorisation matrix: " + route));
        MockHttpServletResponse anonymous = answer(null, route.method(), path);
        assertThat(anonymous.getStatus()).as("no sign-in: " + route).isEqualTo(302);
        assertThat(anonymous.getRedirectedUrl()).as("no sign-in: " + route).endsWith("/login");
        for (Role role : Role.values()) {
            MockHttpServletResponse response = answer(AuthorisationMatrixTest.USERS.get(role), route.method(), path);
            if (rule.allowed().contains(role)) {
                assertThat(response.getStatus()).as(role + " may " + route).isNotIn(401, 403);
                assertThat(String.valueOf(response.getRedirectedUrl())).as(role + " may " + route)
                        .doesNotEndWith("/login");
            } else {
                assertThat(response.getStatus()).as(role + " may not " + route).isEqualTo(403);
            }
        }
    }

    private MockHttpServletResponse answer(String username, String method, String path) throws Exception {
        var request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path);
        if (!method.equals("GET")) {
            request.with(csrf());
        }
        if (username != null) {
            request.with(user(members.loadUserByUsername(username)));
        }
        return mvc.perform(request).andReturn().getResponse();
    }
}
