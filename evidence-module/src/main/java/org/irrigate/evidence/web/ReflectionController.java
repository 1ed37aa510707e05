package org.irrigate.evidence.web;

import static org.irrigate.core.api.HappenedOn.orToday;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.core.api.OutcomeArea;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.core.api.ReflectionId;
import org.irrigate.evidence.api.EvidenceQuery.FindReflection;
import org.irrigate.evidence.api.EvidenceQuery.FindReflections;
import org.irrigate.evidence.api.EvidenceView.ReflectionView;
import org.irrigate.evidence.api.Participants;
import org.irrigate.evidence.api.ReflectionCommand.AddLearningPoint;
import org.irrigate.evidence.api.ReflectionCommand.AmendReflectionNotes;
import org.irrigate.evidence.api.ReflectionCommand.RecordReflection;
import org.irrigate.evidence.api.ReflectionEvent.ReflectionRecorded;
import org.irrigate.evidence.api.ReflectionKind;
import org.irrigate.evidence.api.TimelineItem;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Reflections", description = "Reflection sessions and interviews, and the learning points they produced")
@RestController
@RequestMapping(ReflectionController.PATH)
class ReflectionController {
    static final String PATH = "/api/evidence/reflections";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final EvidenceReferences references;

    ReflectionController(CommandGateway commands, QueryGateway queries, EvidenceReferences references) {
        this.commands = commands;
        this.queries = queries;
        this.references = references;
    }

    record RecordRequest(ReflectionKind kind, String title, Participants participants, String notes,
                         LocalDate happenedOn) {
    }

    record AmendRequest(String notes, String reason, LocalDate happenedOn) {
    }

    record LearningPointRequest(String text, List<OutcomeArea> areas, List<TimelineItem> items, LocalDate happenedOn) {
    }

    @PostMapping
    ResponseEntity<Map<String, String>> record(@RequestBody RecordRequest request) {
        if (request.participants() != null) {
            references.organisations(request.participants().organisations());
            references.people(request.participants().people());
        }
        ReflectionId id = ReflectionId.random();
        commands.sendAndWait(new RecordReflection(id, request.kind(), request.title(), request.participants(),
                request.notes(), orToday(request.happenedOn())));
        return Created.at(PATH, "reflectionId", id);
    }

    @PostMapping("/{id}/notes")
    ResponseEntity<Void> amend(@PathVariable String id, @RequestBody AmendRequest request) {
        commands.sendAndWait(new AmendReflectionNotes(existing(id), request.notes(), request.reason(),
                orToday(request.happenedOn())));
        return Created.done();
    }

    @PostMapping("/{id}/learning-points")
    ResponseEntity<Void> addLearningPoint(@PathVariable String id, @RequestBody LearningPointRequest request) {
        ReflectionId reflectionId = existing(id);
        references.items(request.items());
        commands.sendAndWait(new AddLearningPoint(reflectionId, request.text(), request.areas(), request.items(),
                orToday(request.happenedOn())));
        return Created.done();
    }

    @GetMapping
    List<ReflectionView> list(@RequestParam(required = false) ReflectionKind kind,
                              @RequestParam(required = false) OutcomeArea area) {
        return QueryAnswers.list(queries, new FindReflections(kind, area), ReflectionView.class);
    }

    @GetMapping("/{id}")
    ReflectionView get(@PathVariable String id) {
        ReflectionId reflectionId = ReflectionId.of(id);
        return QueryAnswers.one(queries, new FindReflection(reflectionId), ReflectionView.class, "Reflection",
                reflectionId);
    }

    private ReflectionId existing(String id) {
        ReflectionId reflectionId = ReflectionId.of(id);
        references.first(reflectionId, ReflectionRecorded.class, "Reflection");
        return reflectionId;
    }
}
