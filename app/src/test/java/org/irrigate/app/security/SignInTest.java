package org.irrigate.app.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.irrigate.app.demo.Cast;
import org.irrigate.app.support.Api;
import org.irrigate.app.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

@IntegrationTest
class SignInTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    Api api;
    @Autowired
    UserAccounts accounts;

    @Test
    void passwordsAreStoredAsBcryptHashes() {
        assertThat(accounts.findById("ggt")).get().satisfies(a -> assertThat(a.passwordHash()).startsWith("{bcrypt}$2"));
    }

    @Test
    void repeatedWrongPasswordsLockTheAccountForAWhile() throws Exception {
        api.post("admin", "/api/admin/users", """
                {"username": "throttled", "password": "correct-horse-battery", "role": "PARTNER",
                 "organisationId": "%s"}""".formatted(Cast.GL11)).andExpect(status().isCreated());
        for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
            mvc.perform(MockMvcRequestBuilders.get("/api/organisations").with(httpBasic("throttled", "wrong-" + i)))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(MockMvcRequestBuilders.get("/api/organisations")
                        .with(httpBasic("throttled", "correct-horse-battery")))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void adminsManageUsersWithCheckedInput() throws Exception {
        api.post("admin", "/api/admin/users", """
                {"username": "Bad Name", "password": "long-enough-password", "role": "PARTNER",
                 "organisationId": "%s"}""".formatted(Cast.GL11))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("username")));
        api.post("admin", "/api/admin/users", """
                {"username": "shortpw", "password": "short", "role": "PARTNER", "organisationId": "%s"}"""
                .formatted(Cast.GL11))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[0].field", is("password")));
        api.post("admin", "/api/admin/users", """
                {"username": "ggt", "password": "long-enough-password", "role": "PARTNER", "organisationId": "%s"}"""
                .formatted(Cast.GL11)).andExpect(status().isConflict());
        api.post("admin", "/api/admin/users", """
                {"username": "nobody-org", "password": "long-enough-password", "role": "PARTNER",
                 "organisationId": "6a0f7d0e-0000-4000-8000-000000000000"}""").andExpect(status().isNotFound());
        api.post("admin", "/api/admin/users", """
                {"username": "newpartner", "password": "long-enough-password", "role": "PARTNER",
                 "organisationId": "%s"}""".formatted(Cast.GCBC)).andExpect(status().isCreated());
        mvc.perform(MockMvcRequestBuilders.get("/api/organisations").with(httpBasic("newpartner", "long-enough-password")))
                .andExpect(status().isOk());
        api.post("admin", "/api/admin/users/newpartner/disable", "").andExpect(status().isNoContent());
        mvc.perform(MockMvcRequestBuilders.get("/api/organisations").with(httpBasic("newpartner", "long-enough-password")))
                .andExpect(status().isUnauthorized());
        api.get("admin", "/api/admin/users").andExpect(jsonPath("$[?(@.username == 'newpartner')].enabled").value(false));
    }

    @Test
    void webPagesUseFormLoginWithCsrfProtection() throws Exception {
        mvc.perform(MockMvcRequestBuilders.get("/")).andExpect(status().is3xxRedirection());
        mvc.perform(MockMvcRequestBuilders.post("/login").param("username", "ggt").param("password", "irrigate-demo"))
                .andExpect(status().isForbidden());
        mvc.perform(MockMvcRequestBuilders.post("/login").with(csrf())
                        .param("username", "ggt").param("password", "irrigate-demo"))
                .andExpect(status().is3xxRedirection());
    }

    /** A session id planted before sign-in (session fixation) is worthless afterwards: signing in changes it. */
    @Test
    void signingInChangesTheSessionId() throws Exception {
        MockHttpSession session = new MockHttpSession();
        String planted = session.getId();
        var result = mvc.perform(MockMvcRequestBuilders.post("/login").session(session).with(csrf())
                        .param("username", "gl11").param("password", "irrigate-demo"))
                .andExpect(status().is3xxRedirection()).andReturn();
        assertThat(result.getRequest().getSession(false)).isNotNull();
        assertThat(result.getRequest().getSession(false).getId()).isNotEqualTo(planted);
    }

    @Test
    void oversizedBodiesAreRefusedBeforeAnythingReadsThem() throws Exception {
        String huge = "{\"name\": \"" + "x".repeat(3 * 1024 * 1024) + "\", \"kind\": \"FUNDER\"}";
        long before = api.storedEvents();
        api.perform("ggt", MockMvcRequestBuilders.post("/api/organisations").contentType(MediaType.APPLICATION_JSON)
                .content(huge)).andExpect(status().isPayloadTooLarge());
        assertThat(api.storedEvents()).isEqualTo(before);
    }

    @Test
    void errorsNeverLeakInternals() throws Exception {
        String body = api.post("ggt", "/api/organisations", "{\"name\": [\"x\"], \"kind\": 5}")
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(body).doesNotContain("tools.jackson").doesNotContain("Exception").doesNotContain("org.irrigate")
                .doesNotContain("\tat ");
    }
}
