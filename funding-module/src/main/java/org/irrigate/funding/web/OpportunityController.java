package org.irrigate.funding.web;

import static org.irrigate.core.api.HappenedOn.orToday;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.core.api.FundingOpportunityId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.Pence;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.funding.api.FundingCommand.RecordFundingOpportunity;
import org.irrigate.funding.api.FundingCommand.ReviseFundingOpportunity;
import org.irrigate.funding.api.FundingQuery.FindFundingOpportunities;
import org.irrigate.funding.api.FundingQuery.FindFundingOpportunity;
import org.irrigate.funding.api.FundingView.OpportunityView;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Funding opportunities", description = "Funds the network could bid for. Money is in whole pence.")
@RestController
@RequestMapping("/api/funding/opportunities")
class OpportunityController {
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final References references;

    OpportunityController(CommandGateway commands, QueryGateway queries, References references) {
        this.commands = commands;
        this.queries = queries;
        this.references = references;
    }

    record RecordRequest(OrganisationId funder, String programme, Pence totalPot, List<PlaceCode> places,
                         LocalDate opensOn, LocalDate closesOn, String notes, LocalDate happenedOn) {
    }

    record Recorded(FundingOpportunityId fundingOpportunityId) {
    }

    record ReviseRequest(Pence totalPot, LocalDate opensOn, LocalDate closesOn, String notes, String reason,
                         LocalDate happenedOn) {
    }

    @PostMapping
    ResponseEntity<Recorded> record(@RequestBody RecordRequest request) {
        references.require(request.funder(), "Organisation");
        references.places(request.places());
        FundingOpportunityId id = FundingOpportunityId.random();
        commands.sendAndWait(new RecordFundingOpportunity(id, request.funder(), request.programme(),
                request.totalPot(), request.places(), request.opensOn(), request.closesOn(), request.notes(),
                orToday(request.happenedOn())));
        return ResponseEntity.created(URI.create("/api/funding/opportunities/" + id)).body(new Recorded(id));
    }

    @PostMapping("/{id}/revise")
    ResponseEntity<Void> revise(@PathVariable String id, @RequestBody ReviseRequest request) {
        FundingOpportunityId opportunityId = references.require(FundingOpportunityId.of(id), "Funding opportunity");
        commands.sendAndWait(new ReviseFundingOpportunity(opportunityId, request.totalPot(), request.opensOn(),
                request.closesOn(), request.notes(), request.reason(), orToday(request.happenedOn())));
        return ResponseEntity.noContent().build();
    }

    @GetMapping
    List<OpportunityView> list(@RequestParam(required = false) OrganisationId funder) {
        return QueryAnswers.list(queries, new FindFundingOpportunities(funder), OpportunityView.class);
    }

    @GetMapping("/{id}")
    OpportunityView get(@PathVariable String id) {
        FundingOpportunityId opportunityId = FundingOpportunityId.of(id);
        return QueryAnswers.one(queries, new FindFundingOpportunity(opportunityId), OpportunityView.class,
                "Funding opportunity", opportunityId);
    }
}
