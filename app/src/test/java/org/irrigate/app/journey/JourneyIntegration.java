package org.irrigate.app.journey;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.irrigate.app.replay.ProjectionControl;
import org.irrigate.app.support.Api;
import org.irrigate.app.support.Await;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** What the journey tests share: read JSON back through HTTP as a demo user, after the projections caught up. */
abstract class JourneyIntegration {
    @Autowired
    Api api;
    @Autowired
    Await await;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ProjectionControl projections;

    String json(String user, String path) throws Exception {
        return api.get(user, path).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    <T> T read(String user, String path, String jsonPath) throws Exception {
        await.projections();
        return JsonPath.read(json(user, path), jsonPath);
    }
}
