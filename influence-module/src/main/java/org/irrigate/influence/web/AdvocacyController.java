package org.irrigate.influence.web;

import static org.irrigate.core.api.HappenedOn.orToday;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.core.api.AdvocacyActionId;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.CurrentViewer;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.influence.api.AdvocacyCommand.CloseAdvocacyAction;
import org.irrigate.influence.api.AdvocacyCommand.RecordAdvocacyOutcome;
import org.irrigate.influence.api.AdvocacyCommand.RecordAdvocacyResponse;
import org.irrigate.influence.api.AdvocacyCommand.ReopenAdvocacyAction;
import org.irrigate.influence.api.AdvocacyCommand.StartAdvocacyAction;
import org.irrigate.influence.api.AdvocacyCommand.TakeAdvocacyStep;
import org.irrigate.influence.api.InfluenceQuery.FindAdvocacyAction;
import org.irrigate.influence.api.InfluenceQuery.FindAdvocacyBoard;
import org.irrigate.influence.api.InfluenceView.AdvocacyActionView;
import org.irrigate.influence.api.InfluenceView.AdvocacyBoard;
import org.irrigate.influence.api.OutcomeResult;
import org.irrigate.influence.api.ResponseKind;
import org.irrigate.influence.api.StepKind;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Advocacy actions", description = "Deliberate attempts to change a decision, through their lifecycle")
@RestController
@RequestMapping("/api/advocacy-actions")
class AdvocacyController {
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CurrentViewer viewer;
    private final References references;
    private final ConversationAccess conversations;

    AdvocacyController(CommandGateway commands, QueryGateway queries, CurrentViewer viewer, References references,
                       ConversationAccess conversations) {
        this.commands = commands;
        this.queries = queries;
        this.viewer = viewer;
        this.references = references;
        this.conversations = conversations;
    }

    record StartRequest(String ask, String decisionAtStake, Set<OrganisationId> advocates,
                        OrganisationId targetOrganisation, Set<PersonId> targetPeople, LocalDate happenedOn) {
    }

    record Started(AdvocacyActionId advocacyActionId) {
    }

    record StepRequest(StepKind kind, String description, List<ConversationId> conversations, LocalDate happenedOn) {
    }

    record ResponseRequest(ResponseKind response, String description, LocalDate happenedOn) {
    }

    record OutcomeRequest(OutcomeResult result, String description, LocalDate happenedOn) {
    }

    @PostMapping
    ResponseEntity<Started> start(@RequestBody StartRequest request) {
        references.organisations(request.advocates());
        references.organisation(request.targetOrganisation());
        references.people(request.targetPeople());
        AdvocacyActionId id = AdvocacyActionId.random();
        commands.sendAndWait(new StartAdvocacyAction(id, request.ask(), request.decisionAtStake(), request.advocates(),
                request.targetOrganisation(), request.targetPeople(), orToday(request.happenedOn())));
        return ResponseEntity.created(URI.create("/api/advocacy-actions/" + id)).body(new Started(id));
    }

    /** The advocacy board: a column per status, optionally only actions an organisation leads or is targeted by. */
    @GetMapping
    AdvocacyBoard board(@RequestParam(required = false) OrganisationId organisation) {
        return QueryAnswers.find(queries, new FindAdvocacyBoard(organisation, viewer.get()), AdvocacyBoard.class)
                .orElseThrow();
    }

    @GetMapping("/{id}")
    AdvocacyActionView get(@PathVariable String id) {
        AdvocacyActionId actionId = AdvocacyActionId.of(id);
        return QueryAnswers.one(queries, new FindAdvocacyAction(actionId, viewer.get()), AdvocacyActionView.class,
                "Advocacy action", actionId);
    }

    @PostMapping("/{id}/steps")
    ResponseEntity<Void> step(@PathVariable String id, @RequestBody StepRequest request) {
        conversations.visible(request.conversations());
        return NoContent.after(commands, new TakeAdvocacyStep(AdvocacyActionId.of(id), request.kind(), request.description(),
                request.conversations(), orToday(request.happenedOn())));
    }

    @PostMapping("/{id}/responses")
    ResponseEntity<Void> response(@PathVariable String id, @RequestBody ResponseRequest request) {
        return NoContent.after(commands, new RecordAdvocacyResponse(AdvocacyActionId.of(id), request.response(), request.description(),
                orToday(request.happenedOn())));
    }

    @PostMapping("/{id}/outcome")
    ResponseEntity<Void> outcome(@PathVariable String id, @RequestBody OutcomeRequest request) {
        return NoContent.after(commands, new RecordAdvocacyOutcome(AdvocacyActionId.of(id), request.result(), request.description(),
                orToday(request.happenedOn())));
    }

    @PostMapping("/{id}/close")
    ResponseEntity<Void> close(@PathVariable String id, @RequestBody ReasonRequest request) {
        return NoContent.after(commands, new CloseAdvocacyAction(AdvocacyActionId.of(id), request.reason(), orToday(request.happenedOn())));
    }

    @PostMapping("/{id}/reopen")
    ResponseEntity<Void> reopen(@PathVariable String id, @RequestBody ReasonRequest request) {
        return NoContent.after(commands, new ReopenAdvocacyAction(AdvocacyActionId.of(id), request.reason(), orToday(request.happenedOn())));
    }
}
