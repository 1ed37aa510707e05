package org.irrigate.app.privacy;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.app.timeline.TimelineFilter;
import org.irrigate.app.timeline.TimelineReader;
import org.irrigate.app.timeline.TimelinePage;
import org.irrigate.core.api.CurrentViewer;
import org.irrigate.core.api.NetworkQuery.FindPerson;
import org.irrigate.core.api.NetworkView.PersonView;
import org.irrigate.core.api.PersonEvent.PersonRegistered;
import org.irrigate.core.api.PersonEvent.PersonalDetailsUpdated;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PersonalDataVault;
import org.irrigate.core.api.PersonalDetails;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.influence.api.InfluenceQuery.FindNotesAboutPerson;
import org.irrigate.influence.api.InfluenceView.NoteAboutPerson;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Privacy", description = "UK GDPR: subject access and erasure")
@RestController
class SubjectAccessController {
    private final QueryGateway queries;
    private final EventStore events;
    private final PersonalDataVault vault;
    private final TimelineReader timeline;
    private final CurrentViewer viewer;

    SubjectAccessController(QueryGateway queries, EventStore events, PersonalDataVault vault, TimelineReader timeline,
                            CurrentViewer viewer) {
        this.queries = queries;
        this.events = events;
        this.vault = vault;
        this.timeline = timeline;
        this.viewer = viewer;
    }

    /** Personal details as recorded over time, each with when it was given. */
    record DetailsRecord(LocalDate happenedOn, String recordedAt, String recordedBy, PersonalDetails details) {
    }

    /** {@code notesAboutThem}: the sealed notes partners wrote about them in conversations and relationships. */
    record SubjectAccess(PersonView person, List<DetailsRecord> personalDetailsHistory, TimelinePage recordsAboutThem,
                         List<NoteAboutPerson> notesAboutThem) {
    }

    /**
     * Everything Irrigate holds about a person, as JSON: their details over time, roles, every entry naming them and
     * the notes written about them (none once they are erased: nothing readable is left).
     */
    @GetMapping("/api/people/{id}/subject-access")
    SubjectAccess subjectAccess(@PathVariable String id) {
        PersonId person = PersonId.of(id);
        PersonView view = QueryAnswers.one(queries, new FindPerson(person), PersonView.class, "Person", person);
        List<DetailsRecord> history = new ArrayList<>();
        events.readEvents(person.toString()).asStream().forEach(message -> record(person, message, history));
        TimelinePage about = timeline.read(new TimelineFilter(null, person.toString(), null, null, null, null, null,
                null, null, null, null, false, 0, TimelineFilter.MAX_SIZE, viewer.get()));
        List<NoteAboutPerson> notes = QueryAnswers.list(queries, new FindNotesAboutPerson(person, viewer.get()),
                NoteAboutPerson.class).stream().filter(n -> !n.note().erased()).toList();
        return new SubjectAccess(view, history, about, notes);
    }

    private void record(PersonId person, DomainEventMessage<?> message, List<DetailsRecord> history) {
        var sealed = switch (message.getPayload()) {
            case PersonRegistered e -> e.details();
            case PersonalDetailsUpdated e -> e.details();
            default -> null;
        };
        if (sealed != null) {
            vault.open(person, sealed).ifPresent(details -> history.add(new DetailsRecord(
                    ((org.irrigate.core.api.NetworkEvent) message.getPayload()).happenedOn(),
                    String.valueOf(message.getMetaData().get("recordedAt")),
                    String.valueOf(message.getMetaData().get("recordedBy")), details)));
        }
    }
}
