package org.irrigate.app.influence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import java.util.Map;
import org.irrigate.app.support.Api;
import org.irrigate.app.support.Await;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.ResultMatcher;

/** Shortcuts the influence API tests share: create through HTTP, read JSON back. */
@Component
class Influence {
    private final Api api;
    private final Await await;

    Influence(Api api, Await await) {
        this.api = api;
        this.await = await;
    }

    /** POSTs and returns the new record's id, named {@code idField} in the 201 body. */
    String create(String user, String path, String json, String idField) throws Exception {
        String body = api.post(user, path, json).andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$." + idField);
    }

    String json(String user, String path) throws Exception {
        return api.get(user, path).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    /** A refused request: the expected answer, and nothing written to the event store. */
    void refused(String user, String path, String json, ResultMatcher expected) throws Exception {
        long before = api.storedEvents();
        api.post(user, path, json).andExpect(expected);
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    <T> T read(String user, String path, String jsonPath) throws Exception {
        return JsonPath.read(json(user, path), jsonPath);
    }

    /** Event types on the timeline about an organisation, as a user sees it. */
    List<Map<String, Object>> timeline(String user, String query) throws Exception {
        return JsonPath.read(json(user, "/api/timeline?size=500&newestFirst=true&" + query), "$.items");
    }

    /**
     * Waits for every projection and then once more: a policy reacting to an event may send a command whose events
     * are stored after the first wait began.
     */
    void settle() {
        await.projections();
        await.projections();
    }
}
