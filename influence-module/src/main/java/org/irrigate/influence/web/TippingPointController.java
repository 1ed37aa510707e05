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
import org.irrigate.core.api.PlaceCode;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.core.api.TippingPointId;
import org.irrigate.influence.api.InfluenceQuery.FindTippingPoint;
import org.irrigate.influence.api.InfluenceQuery.FindTippingPoints;
import org.irrigate.influence.api.InfluenceView.TippingPointView;
import org.irrigate.influence.api.TippingPointCommand.MarkTippingPoint;
import org.irrigate.influence.api.TippingPointCommand.RetractTippingPoint;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Tipping points", description = "Moments after which things changed")
@RestController
@RequestMapping("/api/tipping-points")
class TippingPointController {
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CurrentViewer viewer;
    private final References references;
    private final ConversationAccess conversations;

    TippingPointController(CommandGateway commands, QueryGateway queries, CurrentViewer viewer, References references,
                           ConversationAccess conversations) {
        this.commands = commands;
        this.queries = queries;
        this.viewer = viewer;
        this.references = references;
        this.conversations = conversations;
    }

    /** When, what changed, what it was like before and after, and what was around it. */
    record MarkRequest(LocalDate happenedOn, String whatChanged, String before, String after,
                       Set<OrganisationId> organisations, PlaceCode place, List<ConversationId> conversations,
                       List<AdvocacyActionId> advocacyActions) {
    }

    record Marked(TippingPointId tippingPointId) {
    }

    @PostMapping
    ResponseEntity<Marked> mark(@RequestBody MarkRequest request) {
        references.organisations(request.organisations());
        references.place(request.place());
        conversations.visible(request.conversations());
        references.advocacyActions(request.advocacyActions());
        TippingPointId id = TippingPointId.random();
        commands.sendAndWait(new MarkTippingPoint(id, request.whatChanged(), request.before(), request.after(),
                request.organisations(), request.place(), request.conversations(), request.advocacyActions(),
                orToday(request.happenedOn())));
        return ResponseEntity.created(URI.create("/api/tipping-points/" + id)).body(new Marked(id));
    }

    @GetMapping
    List<TippingPointView> list(@RequestParam(required = false) OrganisationId organisation,
                                @RequestParam(defaultValue = "false") boolean includeRetracted) {
        return QueryAnswers.list(queries, new FindTippingPoints(organisation, includeRetracted, viewer.get()),
                TippingPointView.class);
    }

    @GetMapping("/{id}")
    TippingPointView get(@PathVariable String id) {
        TippingPointId tippingPointId = TippingPointId.of(id);
        return QueryAnswers.one(queries, new FindTippingPoint(tippingPointId, viewer.get()), TippingPointView.class,
                "Tipping point", tippingPointId);
    }

    @PostMapping("/{id}/retract")
    ResponseEntity<Void> retract(@PathVariable String id, @RequestBody ReasonRequest request) {
        return NoContent.after(commands, new RetractTippingPoint(TippingPointId.of(id), request.reason(),
                orToday(request.happenedOn())));
    }
}
