package org.irrigate.app.timeline;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.irrigate.app.journey.Moment;
import org.irrigate.core.api.CurrentViewer;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Timeline", description = "Every recorded event, in order, with who recorded it and when")
@RestController
class TimelineController {
    private final TimelineReader reader;
    private final CurrentViewer viewer;

    TimelineController(TimelineReader reader, CurrentViewer viewer) {
        this.reader = reader;
        this.viewer = viewer;
    }

    @GetMapping("/api/timeline")
    TimelinePage timeline(                          @RequestParam(required = false) org.irrigate.core.api.OrganisationId organisation,
                          @RequestParam(required = false) org.irrigate.core.api.PersonId person,
                          @RequestParam(required = false) org.irrigate.core.api.PlaceCode place,
                          @RequestParam(required = false) String eventType,
                          @RequestParam(required = false) String module,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate happenedFrom,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate happenedTo,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate recordedFrom,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate recordedTo,
                          @RequestParam(required = false) String knownOn,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                          @RequestParam(defaultValue = "false") boolean newestFirst,
                          @RequestParam(defaultValue = "0") int page,
                          @RequestParam(defaultValue = "50") int size) {
        return reader.read(new TimelineFilter(text(organisation), text(person), text(place), eventType, module,
                happenedFrom, happenedTo, recordedFrom, recordedTo, Moment.knownOn(knownOn), asOf, newestFirst, page, size,
                viewer.get()));
    }

    private static String text(Object id) {
        return id == null ? null : id.toString();
    }
}
