package org.irrigate.influence.web;

import static org.irrigate.core.api.HappenedOn.orToday;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.CurrentViewer;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.core.api.RelationshipId;
import org.irrigate.influence.api.InfluenceQuery.FindRelationship;
import org.irrigate.influence.api.InfluenceQuery.FindRelationshipMap;
import org.irrigate.influence.api.InfluenceView.RelationshipMap;
import org.irrigate.influence.api.InfluenceView.RelationshipView;
import org.irrigate.influence.api.Party;
import org.irrigate.influence.api.RelationshipCommand.AddPartyNote;
import org.irrigate.influence.api.RelationshipCommand.AssessRelationship;
import org.irrigate.influence.api.RelationshipCommand.RecordRelationship;
import org.irrigate.influence.api.RelationshipCommand.RecordRelationshipDependency;
import org.irrigate.influence.api.RelationshipCommand.ResolveRelationshipRisk;
import org.irrigate.influence.api.RoleDependency;
import org.irrigate.influence.api.Strength;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Relationships", description = "Relationships between people and organisations, assessed over time")
@RestController
@RequestMapping("/api/relationships")
class RelationshipController {
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CurrentViewer viewer;
    private final References references;
    private final ConversationAccess conversations;

    RelationshipController(CommandGateway commands, QueryGateway queries, CurrentViewer viewer, References references,
                           ConversationAccess conversations) {
        this.commands = commands;
        this.queries = queries;
        this.viewer = viewer;
        this.references = references;
        this.conversations = conversations;
    }

    /** A relationship with its first assessment; {@code dependsOn} names a person's role it relies on. */
    record RecordRequest(Party first, Party second, Strength strength, String trustNote,
                         List<ConversationId> evidence, RoleDependency dependsOn, LocalDate happenedOn) {
    }

    record Recorded(RelationshipId relationshipId) {
    }

    record AssessRequest(Strength strength, String trustNote, List<ConversationId> evidence, LocalDate happenedOn) {
    }

    record DependencyRequest(RoleDependency dependsOn, LocalDate happenedOn) {
    }

    @PostMapping
    ResponseEntity<Recorded> record(@RequestBody RecordRequest request) {
        references.party(request.first());
        references.party(request.second());
        conversations.visible(request.evidence());
        references.role(request.dependsOn());
        RelationshipId id = RelationshipId.random();
        commands.sendAndWait(new RecordRelationship(id, request.first(), request.second(), request.strength(),
                request.trustNote(), request.evidence(), request.dependsOn(), orToday(request.happenedOn())));
        return ResponseEntity.created(URI.create("/api/relationships/" + id)).body(new Recorded(id));
    }

    /** Relationship map data: nodes, and edges with current strength, full history and at-risk flags. */
    @GetMapping
    RelationshipMap map(@RequestParam(required = false) OrganisationId organisation,
                        @RequestParam(defaultValue = "false") boolean atRisk) {
        return QueryAnswers.find(queries, new FindRelationshipMap(organisation, atRisk, viewer.get()),
                RelationshipMap.class).orElseThrow();
    }

    @GetMapping("/{id}")
    RelationshipView get(@PathVariable String id) {
        RelationshipId relationshipId = RelationshipId.of(id);
        return QueryAnswers.one(queries, new FindRelationship(relationshipId, viewer.get()), RelationshipView.class,
                "Relationship", relationshipId);
    }

    @PostMapping("/{id}/assessments")
    ResponseEntity<Void> assess(@PathVariable String id, @RequestBody AssessRequest request) {
        conversations.visible(request.evidence());
        return NoContent.after(commands, new AssessRelationship(RelationshipId.of(id), request.strength(), request.trustNote(),
                request.evidence(), orToday(request.happenedOn())));
    }

    @PostMapping("/{id}/dependencies")
    ResponseEntity<Void> depend(@PathVariable String id, @RequestBody DependencyRequest request) {
        InvalidInputException.requirePresent(request.dependsOn(), "dependsOn");
        references.role(request.dependsOn());
        return NoContent.after(commands, new RecordRelationshipDependency(RelationshipId.of(id), request.dependsOn(),
                orToday(request.happenedOn())));
    }

    /** A note about the person on one side, sealed with their key; only whoever recorded the relationship adds one. */
    @PostMapping("/{id}/person-notes")
    ResponseEntity<Void> addPersonNote(@PathVariable String id, @RequestBody PersonNoteRequest request) {
        RelationshipId relationshipId = RelationshipId.of(id);
        InvalidInputException.requirePresent(request.personId(), "personId");
        references.person(request.personId());
        return NoContent.after(commands, new AddPartyNote(relationshipId, request.personId(), request.note(),
                orToday(request.happenedOn())));
    }

    @PostMapping("/{id}/resolve-risk")
    ResponseEntity<Void> resolveRisk(@PathVariable String id, @RequestBody ReasonRequest request) {
        return NoContent.after(commands, new ResolveRelationshipRisk(RelationshipId.of(id), request.reason(),
                orToday(request.happenedOn())));
    }
}
