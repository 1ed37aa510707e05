package org.irrigate.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.irrigate.app.support.Api;
import org.irrigate.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@IntegrationTest
class IdempotencyTest {
    static final String BODY = """
            {"name": "Idempotent Hub", "kind": "COMMUNITY_GROUP"}""";

    @Autowired
    Api api;

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
            for (Future<MockHttpServletResponse> answer : answers) {
                statuses.add(answer.get(30, TimeUnit.SECONDS).getStatus());
            }
            assertThat(statuses).isSubsetOf(201, 409).contains(201);
        } finally {
            pool.shutdownNow();
        }
        assertThat(api.storedEvents()).isEqualTo(before + 1);
    }
}
