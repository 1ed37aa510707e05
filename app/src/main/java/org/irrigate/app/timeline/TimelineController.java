package org.irrigate.app.timeline;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.irrigate.app.security.Member;
import org.irrigate.app.security.Role;
import org.irrigate.app.timeline.TimelineFilter.Visibility;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Timeline", description = "Every recorded event, in order, with who recorded it and when")
@RestController
class TimelineController {
    private final TimelineReader reader;

    TimelineController(TimelineReader reader) {
        this.reader = reader;
    }

    @GetMapping("/api/timeline")
    TimelinePage timeline(@AuthenticationPrincipal Member member,
                          @RequestParam(required = false) org.irrigate.core.api.OrganisationId organisation,
                          @RequestParam(required = false) org.irrigate.core.api.PersonId person,
                          @RequestParam(required = false) org.irrigate.core.api.PlaceCode place,
                          @RequestParam(required = false) String eventType,
                          @RequestParam(required = false) String module,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate happenedFrom,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate happenedTo,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate recordedFrom,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate recordedTo,
                          @RequestParam(defaultValue = "false") boolean newestFirst,
                          @RequestParam(defaultValue = "0") int page,
                          @RequestParam(defaultValue = "50") int size) {
        return reader.read(new TimelineFilter(text(organisation), text(person), text(place), eventType, module,
                happenedFrom, happenedTo, recordedFrom, recordedTo, newestFirst, page, size, visibility(member)));
    }

    /** The coordinator sees the whole network; a partner its own private records too; others only what is shared. */
    static Visibility visibility(Member member) {
        if (member.role() == Role.COORDINATOR) {
            return Visibility.NETWORK;
        }
        return new Visibility(false, member.role() == Role.PARTNER ? member.organisationId().value() : null);
    }

    private static String text(Object id) {
        return id == null ? null : id.toString();
    }
}
