package org.irrigate.core.web;

import static org.irrigate.core.api.HappenedOn.orToday;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.core.api.NetworkQuery.FindOrganisation;
import org.irrigate.core.api.NetworkQuery.FindOrganisations;
import org.irrigate.core.api.NetworkQuery.FindPeople;
import org.irrigate.core.api.NetworkView.OrganisationView;
import org.irrigate.core.api.NetworkView.PersonView;
import org.irrigate.core.api.OrganisationCommand.ChangeOrganisationKind;
import org.irrigate.core.api.OrganisationCommand.JoinNetwork;
import org.irrigate.core.api.OrganisationCommand.LeaveNetwork;
import org.irrigate.core.api.OrganisationCommand.MergeOrganisation;
import org.irrigate.core.api.OrganisationCommand.RegisterOrganisation;
import org.irrigate.core.api.OrganisationCommand.RenameOrganisation;
import org.irrigate.core.api.OrganisationCommand.RetireOrganisation;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OrganisationKind;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.core.api.QueryAnswers;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Organisations", description = "Register organisations and record their network membership")
@RestController
@RequestMapping("/api/organisations")
class OrganisationController {
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Directory directory;

    OrganisationController(CommandGateway commands, QueryGateway queries, Directory directory) {
        this.commands = commands;
        this.queries = queries;
        this.directory = directory;
    }

    record RegisterRequest(String name, OrganisationKind kind, PlaceCode place, String charityNumber,
                           LocalDate happenedOn) {
    }

    record Registered(OrganisationId organisationId) {
    }

    record NameRequest(String name, LocalDate happenedOn) {
    }

    record KindRequest(OrganisationKind kind, String reason, LocalDate happenedOn) {
    }

    record DatedRequest(LocalDate happenedOn) {
    }

    record ReasonRequest(String reason, LocalDate happenedOn) {
    }

    record MergeRequest(OrganisationId mergedInto, String reason, LocalDate happenedOn) {
    }

    @PostMapping
    ResponseEntity<Registered> register(@RequestBody RegisterRequest request) {
        OrganisationId id = OrganisationId.random();
        directory.requirePlace(request.place());
        commands.sendAndWait(new RegisterOrganisation(id, request.name(), request.kind(), request.place(),
                request.charityNumber(), orToday(request.happenedOn())));
        return ResponseEntity.created(URI.create("/api/organisations/" + id)).body(new Registered(id));
    }

    @GetMapping
    List<OrganisationView> list(@RequestParam(required = false) String name,
                                @RequestParam(required = false) OrganisationKind kind,
                                @RequestParam(required = false) Boolean members) {
        return QueryAnswers.list(queries, new FindOrganisations(name, kind, members), OrganisationView.class);
    }

    @GetMapping("/{id}")
    OrganisationView get(@PathVariable String id) {
        return directory.organisation(OrganisationId.of(id));
    }

    /** Who held a role at the organisation on a day (default: today). */
    @GetMapping("/{id}/people")
    List<PersonView> people(@PathVariable String id,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        OrganisationId organisationId = OrganisationId.of(id);
        directory.requireOrganisation(organisationId);
        return QueryAnswers.list(queries, new FindPeople(organisationId, on == null ? LocalDate.now() : on),
                PersonView.class);
    }

    @PostMapping("/{id}/rename")
    ResponseEntity<Void> rename(@PathVariable String id, @RequestBody NameRequest request) {
        return send(new RenameOrganisation(OrganisationId.of(id), request.name(), orToday(request.happenedOn())));
    }

    @PostMapping("/{id}/kind")
    ResponseEntity<Void> changeKind(@PathVariable String id, @RequestBody KindRequest request) {
        return send(new ChangeOrganisationKind(OrganisationId.of(id), request.kind(), request.reason(),
                orToday(request.happenedOn())));
    }

    @PostMapping("/{id}/join")
    ResponseEntity<Void> join(@PathVariable String id, @RequestBody(required = false) DatedRequest request) {
        return send(new JoinNetwork(OrganisationId.of(id), orToday(request == null ? null : request.happenedOn())));
    }

    @PostMapping("/{id}/leave")
    ResponseEntity<Void> leave(@PathVariable String id, @RequestBody ReasonRequest request) {
        return send(new LeaveNetwork(OrganisationId.of(id), request.reason(), orToday(request.happenedOn())));
    }

    @PostMapping("/{id}/merge")
    ResponseEntity<Void> merge(@PathVariable String id, @RequestBody MergeRequest request) {
        directory.requireOrganisation(request.mergedInto());
        return send(new MergeOrganisation(OrganisationId.of(id), request.mergedInto(), request.reason(),
                orToday(request.happenedOn())));
    }

    @PostMapping("/{id}/retire")
    ResponseEntity<Void> retire(@PathVariable String id, @RequestBody ReasonRequest request) {
        return send(new RetireOrganisation(OrganisationId.of(id), request.reason(), orToday(request.happenedOn())));
    }

    private ResponseEntity<Void> send(Object command) {
        commands.sendAndWait(command);
        return ResponseEntity.noContent().build();
    }
}
