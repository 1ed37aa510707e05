package org.irrigate.funding.web;

import static org.irrigate.core.api.HappenedOn.orToday;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.core.api.BidId;
import org.irrigate.core.api.FundingOpportunityId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.Pence;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.funding.api.BidStatus;
import org.irrigate.funding.api.DecisionOutcome;
import org.irrigate.funding.api.FundingCommand.DecideBid;
import org.irrigate.funding.api.FundingCommand.DraftBid;
import org.irrigate.funding.api.FundingCommand.ReopenDecision;
import org.irrigate.funding.api.FundingCommand.ReviseBid;
import org.irrigate.funding.api.FundingCommand.SubmitBid;
import org.irrigate.funding.api.FundingCommand.WithdrawBid;
import org.irrigate.funding.api.FundingQuery.FindBid;
import org.irrigate.funding.api.FundingQuery.FindBids;
import org.irrigate.funding.api.FundingQuery.FindPipeline;
import org.irrigate.funding.api.FundingView.BidView;
import org.irrigate.funding.api.FundingView.PipelineRow;
import org.irrigate.funding.api.ReopenGround;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Bids and decisions", description = "Bids from draft to decision; appeals and amendments reopen a decision")
@RestController
@RequestMapping("/api/funding")
class BidController {
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final References references;

    BidController(CommandGateway commands, QueryGateway queries, References references) {
        this.commands = commands;
        this.queries = queries;
        this.references = references;
    }

    record DraftRequest(FundingOpportunityId fundingOpportunityId, String title, OrganisationId lead,
                        List<OrganisationId> partners, Pence amountRequested, LocalDate happenedOn) {
    }

    record Drafted(BidId bidId) {
    }

    record ReviseRequest(List<OrganisationId> partners, Pence amountRequested, String reason, LocalDate happenedOn) {
    }

    record DatedRequest(LocalDate happenedOn) {
    }

    record ReasonRequest(String reason, LocalDate happenedOn) {
    }

    record DecisionRequest(DecisionOutcome outcome, Pence amount, OrganisationId decisionMaker,
                           List<PersonId> decidedBy, String notes, LocalDate happenedOn) {
    }

    record ReopenRequest(ReopenGround ground, String reason, LocalDate happenedOn) {
    }

    @PostMapping("/bids")
    ResponseEntity<Drafted> draft(@RequestBody DraftRequest request) {
        references.require(request.fundingOpportunityId(), "Funding opportunity");
        references.require(request.lead(), "Organisation");
        references.organisations(request.partners());
        BidId id = BidId.random();
        commands.sendAndWait(new DraftBid(id, request.fundingOpportunityId(), request.title(), request.lead(),
                request.partners(), request.amountRequested(), orToday(request.happenedOn())));
        return ResponseEntity.created(URI.create("/api/funding/bids/" + id)).body(new Drafted(id));
    }

    @PostMapping("/bids/{id}/revise")
    ResponseEntity<Void> revise(@PathVariable String id, @RequestBody ReviseRequest request) {
        references.organisations(request.partners());
        return send(new ReviseBid(bid(id), request.partners(), request.amountRequested(), request.reason(),
                orToday(request.happenedOn())));
    }

    @PostMapping("/bids/{id}/submit")
    ResponseEntity<Void> submit(@PathVariable String id, @RequestBody(required = false) DatedRequest request) {
        return send(new SubmitBid(bid(id), orToday(request == null ? null : request.happenedOn())));
    }

    @PostMapping("/bids/{id}/withdraw")
    ResponseEntity<Void> withdraw(@PathVariable String id, @RequestBody ReasonRequest request) {
        return send(new WithdrawBid(bid(id), request.reason(), orToday(request.happenedOn())));
    }

    @PostMapping("/bids/{id}/decision")
    ResponseEntity<Void> decide(@PathVariable String id, @RequestBody DecisionRequest request) {
        BidId bidId = bid(id);
        references.require(request.decisionMaker(), "Organisation");
        references.people(request.decidedBy());
        return send(new DecideBid(bidId, request.outcome(), request.amount(), request.decisionMaker(),
                request.decidedBy(), request.notes(), orToday(request.happenedOn())));
    }

    /** An appeal or an amendment: the only way a bid gets another decision. */
    @PostMapping("/bids/{id}/reopen")
    ResponseEntity<Void> reopen(@PathVariable String id, @RequestBody ReopenRequest request) {
        return send(new ReopenDecision(bid(id), request.ground(), request.reason(), orToday(request.happenedOn())));
    }

    @GetMapping("/bids")
    List<BidView> list(@RequestParam(required = false) BidStatus status,
                       @RequestParam(required = false) OrganisationId funder,
                       @RequestParam(required = false) OrganisationId organisation) {
        return QueryAnswers.list(queries, new FindBids(status, funder, organisation), BidView.class);
    }

    @GetMapping("/bids/{id}")
    BidView get(@PathVariable String id) {
        BidId bidId = BidId.of(id);
        return QueryAnswers.one(queries, new FindBid(bidId), BidView.class, "Bid", bidId);
    }

    /** Bids and money by status and funder. */
    @GetMapping("/pipeline")
    List<PipelineRow> pipeline() {
        return QueryAnswers.list(queries, new FindPipeline(), PipelineRow.class);
    }

    private BidId bid(String id) {
        return references.require(BidId.of(id), "Bid");
    }

    private ResponseEntity<Void> send(Object command) {
        commands.sendAndWait(command);
        return ResponseEntity.noContent().build();
    }
}
