package org.irrigate.app.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.irrigate.app.demo.DemoUsers;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** HTTP calls as a demo user, and the counts a test checks before and after. */

public class Api {
    private final MockMvc mvc;
    private final JdbcTemplate jdbc;

    public Api(MockMvc mvc, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    public ResultActions post(String user, String path, String json) throws Exception {
        return perform(user, MockMvcRequestBuilders.post(path).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    public ResultActions get(String user, String path) throws Exception {
        return perform(user, MockMvcRequestBuilders.get(path));
    }

    public ResultActions perform(String user, MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(user == null ? request : request.with(httpBasic(user, DemoUsers.PASSWORD)));
    }

    /** Events in the store: a failed request must leave this unchanged. */
    public long storedEvents() {
        Long count = jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
        return count == null ? 0 : count;
    }
}
