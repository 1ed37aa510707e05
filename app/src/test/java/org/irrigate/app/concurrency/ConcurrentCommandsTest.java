package org.irrigate.app.concurrency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.irrigate.app.demo.Cast;
import org.irrigate.app.support.Api;
import org.irrigate.app.support.Await;
import org.irrigate.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * Many threads send commands at once, some to the same records (two shared conversations taking follow-ups, one
 * contested organisation being renamed), some each to their own. Every answer is an acceptance or a 409; afterwards
 * the event store holds exactly the accepted commands' events and every read model agrees with it: nothing lost,
 * nothing doubled.
 */
@IntegrationTest
class ConcurrentCommandsTest {
    static final int THREADS = 6;
    static final int COMMANDS_PER_THREAD = 8;

    @Autowired
    Api api;
    @Autowired
    Await await;
    @Autowired
    JdbcTemplate jdbc;

    /** One command's answer: which record, the HTTP status, and the follow-up number or new name it carried. */
    record Answer(String record, int status, String value) {
        boolean accepted() {
            return status == 201 || status == 204;
        }
    }

    @Test
    void concurrentCommandsAreEachStoredOnceAndEveryReadModelAgrees() throws Exception {
        List<String> conversations = List.of(conversation(), conversation());
        String contested = organisation("Contested");
        List<String> own = new ArrayList<>();
        for (int t = 0; t < THREADS; t++) {
            own.add(organisation("Own " + t));
        }
        await.projections();
        long before = api.storedEvents();

        List<Answer> answers = race(conversations, contested, own);
        assertThat(answers).extracting(Answer::status).as("accepted or a conflict, never an error")
                .isSubsetOf(201, 204, 409).hasSize(THREADS * COMMANDS_PER_THREAD);
        assertThat(answers).filteredOn(a -> a.status() == 409).extracting(Answer::record)
                .as("only records shared by several threads conflict").isSubsetOf(conversations.getFirst(),
                        conversations.getLast(), contested);
        long accepted = answers.stream().filter(Answer::accepted).count();
        assertThat(api.storedEvents()).as("one event per accepted command").isEqualTo(before + accepted);

        await.projections();
        assertThat(jdbc.queryForList("select processing_group || ' ' || cause_message from dead_letter_entry"
                + " where aggregate_identifier in (" + String.join(",", concat(concat(own, contested),
                conversations.toArray(String[]::new)).stream().map(id -> "'" + id + "'").toList()) + ")",
                String.class)).as("no event parked as a dead letter").isEmpty();
        for (String conversation : conversations) {
            List<Integer> numbers = answers.stream().filter(a -> a.accepted() && a.record().equals(conversation))
                    .map(a -> Integer.valueOf(a.value())).sorted().toList();
            assertThat(eventsOf(conversation)).isEqualTo(1 + numbers.size());
            assertThat(jdbc.queryForList("select follow_up_number from influence_follow_up"
                            + " where conversation_id = ? order by follow_up_number", Integer.class,
                    UUID.fromString(conversation)))
                    .as("each accepted follow-up once, under the number its answer gave").isEqualTo(numbers)
                    .doesNotHaveDuplicates();
        }
        for (String organisation : concat(own, contested)) {
            long renames = answers.stream().filter(a -> a.accepted() && a.record().equals(organisation)).count();
            assertThat(eventsOf(organisation)).isEqualTo(1 + renames);
            assertThat(jdbc.queryForObject("select name from organisation_directory where id = ?", String.class,
                    UUID.fromString(organisation))).as("the directory shows the last stored name")
                    .isEqualTo(lastStoredName(organisation));
        }
        for (String record : concat(concat(own, contested), conversations.toArray(String[]::new))) {
            assertThat(jdbc.queryForObject("select count(*) from timeline_entry where aggregate_id = ?", Long.class,
                    record)).as("a timeline entry per stored event").isEqualTo(eventsOf(record));
        }
    }

    private List<Answer> race(List<String> conversations, String contested, List<String> own) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        Map<Integer, List<Answer>> byThread = new ConcurrentHashMap<>();
        List<Future<?>> done = new ArrayList<>();
        try {
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                done.add(pool.submit(() -> {
                    start.await();
                    List<Answer> mine = new ArrayList<>();
                    for (int c = 0; c < COMMANDS_PER_THREAD; c++) {
                        mine.add(c % 2 == 0 ? addFollowUp(conversations.get((thread + c / 2) % 2), thread, c)
                                : rename(c % 4 == 1 ? contested : own.get(thread), "Name " + thread + "-" + c));
                    }
                    byThread.put(thread, mine);
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> thread : done) {
                thread.get(90, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        return byThread.values().stream().flatMap(List::stream).toList();
    }

    private Answer addFollowUp(String conversation, int thread, int command) throws Exception {
        MockHttpServletResponse response = api.post("coordinator", "/api/conversations/" + conversation
                + "/follow-ups", """
                {"action": "Task %d-%d", "owner": {"organisationId": "%s"}, "dueOn": "2023-04-01"}"""
                .formatted(thread, command, Cast.GGT)).andReturn().getResponse();
        String number = response.getStatus() == 201
                ? String.valueOf((int) JsonPath.read(response.getContentAsString(), "$.number")) : null;
        return new Answer(conversation, response.getStatus(), number);
    }

    private Answer rename(String organisation, String name) throws Exception {
        int status = api.post("coordinator", "/api/organisations/" + organisation + "/rename", """
                {"name": "%s"}""".formatted(name)).andReturn().getResponse().getStatus();
        return new Answer(organisation, status, name);
    }

    private String conversation() throws Exception {
        return JsonPath.read(api.post("coordinator", "/api/conversations", """
                {"happenedOn": "2023-03-02", "channel": "MEETING", "topic": "Concurrency", "visibility": "SHARED",
                 "participants": [{"organisationId": "%s"}]}""".formatted(Cast.STROUD_DC))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString(), "$.conversationId");
    }

    private String organisation(String name) throws Exception {
        return JsonPath.read(api.post("coordinator", "/api/organisations", """
                {"name": "%s", "kind": "COMMUNITY_GROUP"}""".formatted(name)).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString(), "$.organisationId");
    }

    private long eventsOf(String aggregate) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?",
                Long.class, aggregate);
    }

    private String lastStoredName(String organisation) {
        byte[] payload = jdbc.queryForObject("""
                select payload from domain_event_entry where aggregate_identifier = ?
                order by sequence_number desc limit 1""", byte[].class, organisation);
        return JsonPath.read(new String(payload, StandardCharsets.UTF_8), "$.name");
    }

    private static List<String> concat(List<String> list, String... more) {
        List<String> all = new ArrayList<>(list);
        all.addAll(List.of(more));
        return all;
    }
}
