package org.irrigate.app.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.irrigate.app.support.Api;
import org.irrigate.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class ApiDocsAndHealthTest {
    @Autowired
    Api api;

    @Test
    void theOpenApiDocumentDescribesEveryModulesEndpoints() throws Exception {
        String doc = api.get(null, "/v3/api-docs").andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(doc).contains("\"openapi\"", "/api/organisations", "/api/people", "/api/places", "/api/timeline",
                "/api/integrity");
        api.get(null, "/swagger-ui/index.html").andExpect(status().isOk());
    }

    @Test
    void healthIsPublicAndReportsTheDatabase() throws Exception {
        String health = api.get(null, "/actuator/health").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(health).contains("\"status\":\"UP\"").contains("\"db\"");
    }
}
