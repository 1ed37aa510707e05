package org.irrigate.app.pages;

import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page (Spring Security handles the POST), and the "as known on" day every page honours. */
@Controller
class SignInPage {

    @GetMapping("/login")
    String login() {
        return "login";
    }

    @PostMapping("/known-on")
    String knownOn(@RequestParam(required = false) String day, @RequestParam(defaultValue = "false") boolean clear,
                   @RequestHeader(name = "Referer", required = false) String referer, HttpSession session) {
        FormErrors errors = new FormErrors();
        LocalDate chosen = clear ? null : errors.date("day", day);
        if (errors.any()) {
            throw new org.irrigate.core.api.InvalidInputException("day", errors.of("day"));
        }
        KnownOn.set(session, chosen);
        return "redirect:" + backTo(referer);
    }

    /** Back to the page the day was chosen on, but only ever within this site. */
    private static String backTo(String referer) {
        if (referer == null) {
            return "/";
        }
        try {
            java.net.URI uri = java.net.URI.create(referer);
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            return path.startsWith("/") && !path.startsWith("//") ? path + (uri.getRawQuery() == null ? ""
                    : "?" + uri.getRawQuery()) : "/";
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }
}
