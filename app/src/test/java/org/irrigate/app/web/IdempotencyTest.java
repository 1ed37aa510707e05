package org.irrigate.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.irrigate.app.support.Api;
import org.irrigate.app.support.IntegrationTest;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

@IntegrationTest
class IdempotencyTest {
    static final String BODY = """
            {"name": "Idempotent Hub", "kind": "COMMUNITY_GROUP"}""";

    @Autowired
    Api api;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    MockHttpServletRequestBuilder register(String key, String body) {
        return MockMvcRequestBuilders.post("/api/organisations").contentType(MediaType.APPLICATION_JSON)
                .header("Idempotency-Key", key).content(body);
    }

    @Test
    void aRetryReturnsTheFirstAnswerAndWritesNothing() throws Exception {
        String key = UUID.randomUUID().toString();
        long before = api.storedEvents();
        String first = api.perform("ggt", register(key, BODY)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        String location = api.perform("ggt", register(key, BODY)).andExpect(status().isCreated())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(jsonPath("$.organisationId").exists())
                .andReturn().getResponse().getHeader("Location");
        String second = api.perform("ggt", register(key, BODY)).andReturn().getResponse().getContentAsString();
        assertThat(second).isEqualTo(first);
        assertThat(location).endsWith(first.replaceAll(".*\"organisationId\":\"([^\"]+)\".*", "$1"));
        assertThat(api.storedEvents()).isEqualTo(before + 1);
    }

    @Test
    void aFailedRequestIsReplayedAsTheSameFailure() throws Exception {
        String key = UUID.randomUUID().toString();
        api.perform("ggt", register(key, "{\"name\": \"\", \"kind\": \"FUNDER\"}")).andExpect(status().isBadRequest());
        api.perform("ggt", register(key, "{\"name\": \"\", \"kind\": \"FUNDER\"}")).andExpect(status().isBadRequest())
                .andExpect(header().string("Idempotent-Replayed", "true"));
    }

    @Test
    void theSameKeyForADifferentRequestIsRefused() throws Exception {
        String key = UUID.randomUUID().toString();
        api.perform("ggt", register(key, BODY)).andExpect(status().isCreated());
        long before = api.storedEvents();
        api.perform("ggt", register(key, BODY.replace("Idempotent Hub", "Other Hub")))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.detail", is("This Idempotency-Key was already used for a different request")));
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void keysBelongToTheirUser() throws Exception {
        String key = UUID.randomUUID().toString();
        long before = api.storedEvents();
        api.perform("ggt", register(key, BODY)).andExpect(status().isCreated());
        api.perform("gl11", register(key, BODY)).andExpect(status().isCreated())
                .andExpect(header().doesNotExist("Idempotent-Replayed"));
        assertThat(api.storedEvents()).isEqualTo(before + 2);
    }

    @Test
    void copiesArrivingAtOnceRunOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        long before = api.storedEvents();
        int copies = 8;
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < copies; i++) {
                Callable<MockHttpServletResponse> call = () -> {
                    start.await();
                    return api.perform("ggt", register(key, BODY)).andReturn().getResponse();
                };
                answers.add(pool.submit(call));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            List<String> created = new ArrayList<>();
            for (Future<MockHttpServletResponse> answer : answers) {
                MockHttpServletResponse response = answer.get(30, TimeUnit.SECONDS);
                statuses.add(response.getStatus());
                if (response.getStatus() == 201) {
                    created.add(response.getContentAsString());
                } else {
                    assertThat(response.getContentAsString()).as("a copy that came while the first ran")
                            .contains("still being processed");
                }
            }
            assertThat(statuses).isSubsetOf(201, 409).contains(201);
            assertThat(created).as("the first answer, and replays of it").containsOnly(created.getFirst());
        } finally {
            pool.shutdownNow();
        }
        assertThat(api.storedEvents()).isEqualTo(before + 1);
    }

    /**
     * Every command endpoint, the modules' and the app's, found from the application's own mappings: a retry with
     * the same key gets the first answer back, marked as replayed, and writes nothing. Example ids are unknown, so
     * most first answers are 400 or 404; a failure is an answer too and must not be re-run.
     */
    @TestFactory
    Stream<DynamicTest> everyCommandEndpointHonoursTheKey() {
        List<DynamicTest> tests = new ArrayList<>();
        mappings.getHandlerMethods().keySet().forEach(info -> {
            if (!info.getMethodsCondition().getMethods().contains(RequestMethod.POST)) {
                return;
            }
            boolean csv = info.getConsumesCondition().getConsumableMediaTypes().stream()
                    .anyMatch(type -> type.getSubtype().equals("csv"));
            info.getPatternValues().stream().filter(p -> p.startsWith("/api/")).forEach(pattern ->
                    tests.add(DynamicTest.dynamicTest("POST " + pattern, () -> retried(pattern, csv))));
        });
        assertThat(tests).hasSizeGreaterThan(40);
        return tests.stream();
    }

    private void retried(String pattern, boolean csv) throws Exception {
        String path = pattern.replaceAll("\\{[^}]*code[^}]*}", "E07000082")
                .replaceAll("\\{number}", "1").replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
        String user = path.startsWith("/api/admin/") ? "admin" : "coordinator";
        String key = UUID.randomUUID().toString();
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).header("Idempotency-Key", key)
                .contentType(csv ? "text/csv" : MediaType.APPLICATION_JSON_VALUE).content(csv ? "" : "{}");
        MockHttpServletResponse first = api.perform(user, request).andReturn().getResponse();
        assertThat(first.getStatus()).as("a first answer that is not our failure").isLessThan(500);
        long before = api.storedEvents();
        MockHttpServletResponse retry = api.perform(user, request).andReturn().getResponse();
        assertThat(retry.getHeader("Idempotent-Replayed")).isEqualTo("true");
        assertThat(retry.getStatus()).isEqualTo(first.getStatus());
        assertThat(retry.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(api.storedEvents()).as("the retry wrote nothing").isEqualTo(before);
    }

    @Test
    void aRetriedImportImportsOnce() throws Exception {
        String key = UUID.randomUUID().toString();
        String csv = "happenedOn,channel,topic,organisations,visibility\n"
                + "2023-01-12,Meeting,Idempotent import " + key + ",Stroud District Council,shared\n";
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post("/api/conversations/import")
                .header("Idempotency-Key", key).contentType("text/csv").content(csv);
        long before = api.storedEvents();
        String first = api.perform("gl11", request).andExpect(status().isOk())
                .andExpect(jsonPath("$.imported", is(1))).andReturn().getResponse().getContentAsString();
        long afterFirst = api.storedEvents();
        assertThat(afterFirst).isGreaterThan(before);
        api.perform("gl11", request).andExpect(status().isOk())
                .andExpect(header().string("Idempotent-Replayed", "true"))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString()).isEqualTo(first));
        assertThat(api.storedEvents()).isEqualTo(afterFirst);
    }

    /** A request that died holding its claim (killed, or the database went away) does not block its key for ever. */
    @Test
    void aClaimAbandonedInProgressIsTakenOverOnceItIsOld() {
        String scope = "ggt " + UUID.randomUUID();
        Instant start = Instant.parse("2026-01-05T10:00:00Z");
        assertThat(storeAt(start).claim(scope, "f")).isEmpty();
        assertThat(storeAt(start.plus(IdempotencyStore.ABANDONED_AFTER).minusSeconds(1)).claim(scope, "f"))
                .hasValueSatisfying(outcome -> assertThat(outcome.inProgress()).isTrue());
        assertThat(storeAt(start.plus(IdempotencyStore.ABANDONED_AFTER).plusSeconds(1)).claim(scope, "f"))
                .as("taken over").isEmpty();
    }

    private IdempotencyStore storeAt(Instant now) {
        return new IdempotencyStore(jdbc, Clock.fixed(now, ZoneOffset.UTC));
    }
}
