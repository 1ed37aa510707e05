package org.irrigate.app.pages;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.LocalDate;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * What every page knows (who is signed in, the directory's names, the "as known on" day), and failures shown as a
 * page rather than the API's problem documents. Ordered before the API's handler, and only for pages.
 */
@ControllerAdvice(basePackageClasses = PageAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageAdvice {
    private static final Logger log = LoggerFactory.getLogger(PageAdvice.class);

    private final Directory directory;
    private final String networkName;

    PageAdvice(Directory directory, @Value("${irrigate.network.name}") String networkName) {
        this.directory = directory;
        this.networkName = networkName;
    }

    @ModelAttribute("me")
    SignedIn me() {
        return SignedIn.current();
    }

    @ModelAttribute("names")
    Names names(HttpSession session) {
        return SignedIn.current() == null ? Names.of(java.util.List.of(), java.util.List.of())
                : directory.names(KnownOn.instant(session));
    }

    @ModelAttribute("knownOn")
    LocalDate knownOn(HttpSession session) {
        return KnownOn.get(session);
    }

    @ModelAttribute("networkName")
    String networkName() {
        return networkName;
    }

    /** A page in the main navigation; the logging form is offered only to those who may record. */
    public record NavItem(String path, String label, boolean forRecorders) {
    }

    static final java.util.List<NavItem> NAVIGATION = java.util.List.of(
            new NavItem("/", "Dashboard", false), new NavItem("/conversations/new", "Log a conversation", true),
            new NavItem("/conversations", "Conversations", false), new NavItem("/organisations", "Organisations", false),
            new NavItem("/people", "People", false), new NavItem("/relationships", "Relationship map", false),
            new NavItem("/advocacy", "Advocacy", false), new NavItem("/funding", "Funding", false),
            new NavItem("/tipping-points", "Tipping points", false), new NavItem("/timeline", "Timeline", false),
            new NavItem("/evidence", "Evidence", false), new NavItem("/replay", "Replay & export", false));

    @ModelAttribute("navigation")
    java.util.List<NavItem> navigation() {
        return NAVIGATION;
    }

    @ModelAttribute("currentPath")
    String currentPath(HttpServletRequest request) {
        return request.getRequestURI();
    }

    @ExceptionHandler(NotFoundException.class)
    ModelAndView notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Not allowed", e.getMessage());
    }

    @ExceptionHandler(org.irrigate.core.api.ConflictException.class)
    ModelAndView conflict(org.irrigate.core.api.ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Not now", e.getMessage());
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(InvalidInputException e) {
        return problem(HttpStatus.BAD_REQUEST, "Not understood", e.field() + " " + e.reason());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatch(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "Not understood", e.getName() + " is not a valid value");
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(Exception e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof NotFoundException notFound) {
                return notFound(notFound);
            }
            if (t instanceof InvalidInputException invalid) {
                return invalid(invalid);
            }
        }
        log.error("Page failed", e);
        return problem(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong",
                "Something went wrong on our side; nothing was recorded.");
    }

    private ModelAndView problem(HttpStatus status, String title, String detail) {
        ModelAndView page = new ModelAndView("problem");
        page.setStatus(status);
        page.addObject("title", title);
        page.addObject("detail", detail);
        page.addObject("me", SignedIn.current());
        page.addObject("networkName", networkName);
        page.addObject("currentPath", "");
        page.addObject("navigation", NAVIGATION);
        return page;
    }
}
