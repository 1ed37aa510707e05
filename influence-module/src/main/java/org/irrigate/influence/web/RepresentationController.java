package org.irrigate.influence.web;

import static org.irrigate.core.api.HappenedOn.orToday;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.core.api.RepresentationId;
import org.irrigate.influence.api.InfluenceQuery.FindRepresentation;
import org.irrigate.influence.api.InfluenceQuery.FindRepresentations;
import org.irrigate.influence.api.InfluenceView.RepresentationView;
import org.irrigate.influence.api.RepresentationCommand.EndRepresentation;
import org.irrigate.influence.api.RepresentationCommand.StartRepresentation;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Representation", description = "Seats held for an organisation on strategic bodies (LSP, ICB)")
@RestController
@RequestMapping("/api/representations")
class RepresentationController {
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final References references;

    RepresentationController(CommandGateway commands, QueryGateway queries, References references) {
        this.commands = commands;
        this.queries = queries;
        this.references = references;
    }

    /** {@code happenedOn}: the first day in the seat. */
    record StartRequest(PersonId personId, OrganisationId organisationId, OrganisationId bodyId, String seat,
                        LocalDate happenedOn) {
    }

    record Started(RepresentationId representationId) {
    }

    @PostMapping
    ResponseEntity<Started> start(@RequestBody StartRequest request) {
        references.person(request.personId());
        references.organisation(request.organisationId());
        references.organisation(request.bodyId());
        RepresentationId id = RepresentationId.random();
        commands.sendAndWait(new StartRepresentation(id, request.personId(), request.organisationId(),
                request.bodyId(), request.seat(), orToday(request.happenedOn())));
        return ResponseEntity.created(URI.create("/api/representations/" + id)).body(new Started(id));
    }

    /** The register, optionally for one body, organisation or person, and only seats held on a given day. */
    @GetMapping
    List<RepresentationView> register(@RequestParam(required = false) OrganisationId body,
                                      @RequestParam(required = false) OrganisationId organisation,
                                      @RequestParam(required = false) PersonId person,
                                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        return QueryAnswers.list(queries, new FindRepresentations(body, organisation, person, on),
                RepresentationView.class);
    }

    @GetMapping("/{id}")
    RepresentationView get(@PathVariable String id) {
        RepresentationId representationId = RepresentationId.of(id);
        return QueryAnswers.one(queries, new FindRepresentation(representationId), RepresentationView.class,
                "Representation", representationId);
    }

    @PostMapping("/{id}/end")
    ResponseEntity<Void> end(@PathVariable String id, @RequestBody ReasonRequest request) {
        return NoContent.after(commands, new EndRepresentation(RepresentationId.of(id), request.reason(),
                orToday(request.happenedOn())));
    }
}
