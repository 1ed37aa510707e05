package org.irrigate.app.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.irrigate.app.support.Api;
import org.irrigate.app.support.IntegrationTest;
import org.junit.jupiter.api.DynamicTest;
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

    static final List<Rule> MATRIX = List.of(
            new Rule("*", "/api/admin/.*", EnumSet.of(Role.ADMIN)),
            new Rule("*", "/api/people/[^/]+/(erase|subject-access)", EnumSet.of(Role.COORDINATOR, Role.ADMIN)),
            new Rule("POST", "/api/replay/projections/.*", EnumSet.of(Role.COORDINATOR, Role.ADMIN)),
            // a disposable replay changes nothing in the history: researchers run them
            new Rule("POST", "/api/replay/disposable(/.*)?", ALL),
            // researchers annotate: evidence is theirs to write
            new Rule("POST", "/api/evidence/.*", ALL),
            new Rule("GET", "/api/.*", ALL),
            new Rule("POST", "/api/.*", WRITERS));

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
}
