package org.irrigate.evidence.web;

import static org.irrigate.core.api.HappenedOn.orToday;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.core.api.HarvestedOutcomeId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OutcomeArea;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.evidence.api.EvidenceQuery.FindHarvestedOutcome;
import org.irrigate.evidence.api.EvidenceQuery.FindHarvestedOutcomes;
import org.irrigate.evidence.api.EvidenceView.HarvestedOutcomeView;
import org.irrigate.evidence.api.HarvestCommand.HarvestOutcome;
import org.irrigate.evidence.api.HarvestCommand.RetractOutcome;
import org.irrigate.evidence.api.HarvestCommand.SubstantiateOutcome;
import org.irrigate.evidence.api.HarvestEvent.OutcomeHarvested;
import org.irrigate.evidence.api.HarvestStatus;
import org.irrigate.evidence.api.Links;
import org.irrigate.evidence.api.OutcomeStatement;
import org.irrigate.evidence.api.Verdict;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Outcome harvest", description = "Statements of observed change, their substantiation, and the register")
@RestController
@RequestMapping(HarvestController.PATH)
class HarvestController {
    static final String PATH = "/api/evidence/harvested-outcomes";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final EvidenceReferences references;

    HarvestController(CommandGateway commands, QueryGateway queries, EvidenceReferences references) {
        this.commands = commands;
        this.queries = queries;
        this.references = references;
    }

    /** {@code happenedOn} is when the change happened. */
    record HarvestRequest(String whatChanged, OrganisationId socialActor, PlaceCode where, String significance,
                          String contribution, List<OutcomeArea> areas, List<OrganisationId> partners, Links links,
                          LocalDate happenedOn) {
    }

    record SubstantiateRequest(PersonId verifier, Verdict verdict, String comment, LocalDate happenedOn) {
    }

    record RetractRequest(String reason, LocalDate happenedOn) {
    }

    @PostMapping
    ResponseEntity<Map<String, String>> harvest(@RequestBody HarvestRequest request) {
        if (request.socialActor() != null) {
            references.organisations(List.of(request.socialActor()));
        }
        references.organisations(request.partners());
        if (request.where() != null) {
            references.places(List.of(request.where()));
        }
        references.links(request.links());
        HarvestedOutcomeId id = HarvestedOutcomeId.random();
        commands.sendAndWait(new HarvestOutcome(id, new OutcomeStatement(request.whatChanged(), request.socialActor(),
                request.where(), request.significance(), request.contribution(), request.areas(), request.partners(),
                request.links()), orToday(request.happenedOn())));
        return Created.at(PATH, "harvestedOutcomeId", id);
    }

    @PostMapping("/{id}/substantiations")
    ResponseEntity<Void> substantiate(@PathVariable String id, @RequestBody SubstantiateRequest request) {
        HarvestedOutcomeId outcomeId = existing(id);
        if (request.verifier() != null) {
            references.people(List.of(request.verifier()));
        }
        commands.sendAndWait(new SubstantiateOutcome(outcomeId, request.verifier(), request.verdict(),
                request.comment(), orToday(request.happenedOn())));
        return Created.done();
    }

    @PostMapping("/{id}/retract")
    ResponseEntity<Void> retract(@PathVariable String id, @RequestBody RetractRequest request) {
        commands.sendAndWait(new RetractOutcome(existing(id), request.reason(), orToday(request.happenedOn())));
        return Created.done();
    }

    /** The harvest register, narrowed by status, outcome area or partner. */
    @GetMapping
    List<HarvestedOutcomeView> register(@RequestParam(required = false) HarvestStatus status,
                                        @RequestParam(required = false) OutcomeArea area,
                                        @RequestParam(required = false) OrganisationId partner) {
        return QueryAnswers.list(queries, new FindHarvestedOutcomes(status, area, partner), HarvestedOutcomeView.class);
    }

    @GetMapping("/{id}")
    HarvestedOutcomeView get(@PathVariable String id) {
        HarvestedOutcomeId outcomeId = HarvestedOutcomeId.of(id);
        return QueryAnswers.one(queries, new FindHarvestedOutcome(outcomeId), HarvestedOutcomeView.class,
                "Harvested outcome", outcomeId);
    }

    private HarvestedOutcomeId existing(String id) {
        HarvestedOutcomeId outcomeId = HarvestedOutcomeId.of(id);
        references.first(outcomeId, OutcomeHarvested.class, "Harvested outcome");
        return outcomeId;
    }
}
