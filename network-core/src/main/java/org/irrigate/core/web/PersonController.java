package org.irrigate.core.web;

import static org.irrigate.core.api.HappenedOn.orToday;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.NetworkQuery.FindPeople;
import org.irrigate.core.api.NetworkView.PersonView;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonCommand.EndRole;
import org.irrigate.core.api.PersonCommand.ErasePerson;
import org.irrigate.core.api.PersonCommand.RegisterPerson;
import org.irrigate.core.api.PersonCommand.StartRole;
import org.irrigate.core.api.PersonCommand.UpdatePersonalDetails;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PersonalDetails;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.core.api.RoleId;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "People", description = "People and the roles they hold over time")
@RestController
@RequestMapping("/api/people")
class PersonController {
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final Directory directory;

    PersonController(CommandGateway commands, QueryGateway queries, Directory directory) {
        this.commands = commands;
        this.queries = queries;
        this.directory = directory;
    }

    record RegisterRequest(String fullName, String email, String phone, LocalDate happenedOn) {
    }

    record DetailsRequest(String fullName, String email, String phone, String reason, LocalDate happenedOn) {
    }

    record Registered(PersonId personId) {
    }

    record RoleRequest(OrganisationId organisationId, String title, LocalDate happenedOn) {
    }

    record RoleStartedResponse(RoleId roleId) {
    }

    record EndRoleRequest(String reason, LocalDate happenedOn) {
    }

    @PostMapping
    ResponseEntity<Registered> register(@RequestBody RegisterRequest request) {
        PersonId id = PersonId.random();
        commands.sendAndWait(new RegisterPerson(id,
                new PersonalDetails(request.fullName(), request.email(), request.phone()),
                orToday(request.happenedOn())));
        return ResponseEntity.created(URI.create("/api/people/" + id)).body(new Registered(id));
    }

    /** Everyone, or those holding a role at an organisation on a day: "who was our contact there in March 2023?". */
    @GetMapping
    List<PersonView> list(@RequestParam(required = false) OrganisationId organisation,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on) {
        InvalidInputException.require(on == null || organisation != null, "on", "needs an organisation");
        return QueryAnswers.list(queries, new FindPeople(organisation, on), PersonView.class);
    }

    @GetMapping("/{id}")
    PersonView get(@PathVariable String id) {
        return directory.person(PersonId.of(id));
    }

    @PostMapping("/{id}/details")
    ResponseEntity<Void> updateDetails(@PathVariable String id, @RequestBody DetailsRequest request) {
        commands.sendAndWait(new UpdatePersonalDetails(PersonId.of(id),
                new PersonalDetails(request.fullName(), request.email(), request.phone()), request.reason(),
                orToday(request.happenedOn())));
        return ResponseEntity.noContent().build();
    }

    record EraseRequest(String reason) {
    }

    /** UK GDPR erasure (coordinator and admin only): the person's key is destroyed; history stays, unreadable. */
    @PostMapping("/{id}/erase")
    ResponseEntity<Void> erase(@PathVariable String id, @RequestBody EraseRequest request) {
        commands.sendAndWait(new ErasePerson(PersonId.of(id), request.reason(), LocalDate.now()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/roles")
    ResponseEntity<RoleStartedResponse> startRole(@PathVariable String id, @RequestBody RoleRequest request) {
        PersonId personId = PersonId.of(id);
        InvalidInputException.requirePresent(request.organisationId(), "organisationId");
        directory.requireOrganisation(request.organisationId());
        RoleId roleId = RoleId.random();
        commands.sendAndWait(new StartRole(personId, roleId, request.organisationId(), request.title(),
                orToday(request.happenedOn())));
        return ResponseEntity.created(URI.create("/api/people/" + id)).body(new RoleStartedResponse(roleId));
    }

    @PostMapping("/{id}/roles/{roleId}/end")
    ResponseEntity<Void> endRole(@PathVariable String id, @PathVariable String roleId,
                                 @RequestBody EndRoleRequest request) {
        commands.sendAndWait(new EndRole(PersonId.of(id), RoleId.of(roleId), request.reason(),
                orToday(request.happenedOn())));
        return ResponseEntity.noContent().build();
    }
}
