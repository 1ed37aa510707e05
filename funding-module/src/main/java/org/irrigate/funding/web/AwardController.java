package org.irrigate.funding.web;

import static org.irrigate.core.api.HappenedOn.orToday;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.core.api.AwardId;
import org.irrigate.core.api.BidId;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.Pence;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.funding.api.DisbursementId;
import org.irrigate.funding.api.FundingCommand.AmendAward;
import org.irrigate.funding.api.FundingCommand.RecordAward;
import org.irrigate.funding.api.FundingCommand.RecordDisbursement;
import org.irrigate.funding.api.FundingQuery.FindAward;
import org.irrigate.funding.api.FundingQuery.FindAwards;
import org.irrigate.funding.api.FundingQuery.FindFunderSummary;
import org.irrigate.funding.api.FundingQuery.FindMoney;
import org.irrigate.funding.api.FundingView.AwardView;
import org.irrigate.funding.api.FundingView.FunderSummaryView;
import org.irrigate.funding.api.FundingView.MoneyRow;
import org.irrigate.funding.api.MoneyDimension;
import org.irrigate.funding.api.Recipient;
import org.irrigate.funding.api.SchedulePart;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Awards and money", description = "Awards, their schedules and payments, and money by funder, year, place, "
        + "recipient and partner. Money is in whole pence.")
@RestController
@RequestMapping("/api/funding")
class AwardController {
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final References references;

    AwardController(CommandGateway commands, QueryGateway queries, References references) {
        this.commands = commands;
        this.queries = queries;
        this.references = references;
    }

    record RecordRequest(BidId bidId, OrganisationId funder, String title, String description,
                         List<Recipient> recipients, Pence total, List<SchedulePart> schedule,
                         List<PlaceCode> places, LocalDate happenedOn) {
    }

    record Recorded(AwardId awardId) {
    }

    record AmendRequest(Pence total, List<SchedulePart> schedule, String reason, LocalDate happenedOn) {
    }

    record DisbursementRequest(String part, Pence amount, String reference, LocalDate happenedOn) {
    }

    record Disbursed(DisbursementId disbursementId) {
    }

    @PostMapping("/awards")
    ResponseEntity<Recorded> record(@RequestBody RecordRequest request) {
        references.require(request.bidId(), "Bid");
        references.require(request.funder(), "Organisation");
        references.recipients(request.recipients());
        references.schedule(request.schedule());
        references.places(request.places());
        AwardId id = AwardId.random();
        commands.sendAndWait(new RecordAward(id, request.bidId(), request.funder(), request.title(),
                request.description(), request.recipients(), request.total(), request.schedule(), request.places(),
                orToday(request.happenedOn())));
        return ResponseEntity.created(URI.create("/api/funding/awards/" + id)).body(new Recorded(id));
    }

    @PostMapping("/awards/{id}/amend")
    ResponseEntity<Void> amend(@PathVariable String id, @RequestBody AmendRequest request) {
        AwardId awardId = award(id);
        references.schedule(request.schedule());
        commands.sendAndWait(new AmendAward(awardId, request.total(), request.schedule(), request.reason(),
                orToday(request.happenedOn())));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/awards/{id}/disbursements")
    ResponseEntity<Disbursed> disburse(@PathVariable String id, @RequestBody DisbursementRequest request) {
        AwardId awardId = award(id);
        DisbursementId disbursementId = DisbursementId.random();
        commands.sendAndWait(new RecordDisbursement(awardId, disbursementId, request.part(), request.amount(),
                request.reference(), orToday(request.happenedOn())));
        return ResponseEntity.created(URI.create("/api/funding/awards/" + awardId))
                .body(new Disbursed(disbursementId));
    }

    @GetMapping("/awards")
    List<AwardView> list(@RequestParam(required = false) OrganisationId funder,
                         @RequestParam(required = false) OrganisationId recipient) {
        return QueryAnswers.list(queries, new FindAwards(funder, recipient), AwardView.class);
    }

    @GetMapping("/awards/{id}")
    AwardView get(@PathVariable String id) {
        AwardId awardId = AwardId.of(id);
        return QueryAnswers.one(queries, new FindAward(awardId), AwardView.class, "Award", awardId);
    }

    /** The award in a funder's words, with the contribution claims behind it. */
    @GetMapping("/awards/{id}/summary")
    FunderSummaryView summary(@PathVariable String id) {
        AwardId awardId = AwardId.of(id);
        return QueryAnswers.one(queries, new FindFunderSummary(awardId), FunderSummaryView.class, "Award", awardId);
    }

    /** Money awarded, scheduled and paid by FUNDER, YEAR, PLACE, RECIPIENT or PARTNER. */
    @GetMapping("/money")
    List<MoneyRow> money(@RequestParam(required = false) MoneyDimension by) {
        InvalidInputException.requirePresent(by, "by");
        return QueryAnswers.list(queries, new FindMoney(by), MoneyRow.class);
    }

    private AwardId award(String id) {
        return references.require(AwardId.of(id), "Award");
    }
}
