package org.irrigate.app.pages;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/** A page form posted as a signed-in demo user would post it: session principal, CSRF token, form fields. */
final class PageForms {
    private final MockMvc mvc;
    private final UserDetailsService members;

    PageForms(MockMvc mvc, UserDetailsService members) {
        this.mvc = mvc;
        this.members = members;
    }

    /** {@code fields} are name, value pairs; a name may repeat, as ticked checkboxes do. */
    MockHttpServletResponse post(String username, String path, String... fields) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(csrf());
        for (int i = 0; i < fields.length; i += 2) {
            request.param(fields[i], fields[i + 1]);
        }
        return answer(username, request);
    }

    MockHttpServletResponse get(String username, String path) throws Exception {
        return answer(username, MockMvcRequestBuilders.get(path));
    }

    private MockHttpServletResponse answer(String username, MockHttpServletRequestBuilder request) throws Exception {
        MockHttpServletResponse response = mvc.perform(request.with(user(members.loadUserByUsername(username))))
                .andReturn().getResponse();
        response.setCharacterEncoding("UTF-8");
        return response;
    }

    /** The page as text a reader sees in the markup: entities such as {@code &#39;} turned back into characters. */
    static String html(MockHttpServletResponse response) throws Exception {
        return org.springframework.web.util.HtmlUtils.htmlUnescape(response.getContentAsString());
    }

    /** The id at the end of a redirect such as {@code /advocacy/<id>?started}. */
    static String createdId(MockHttpServletResponse response) {
        String url = response.getRedirectedUrl();
        return url.substring(url.lastIndexOf('/') + 1, url.contains("?") ? url.indexOf('?') : url.length());
    }
}
