package org.irrigate.evidence.web;

import static org.irrigate.core.api.HappenedOn.orToday;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.core.api.AdvocacyActionId;
import org.irrigate.core.api.AwardId;
import org.irrigate.core.api.CaseStudyId;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OutcomeArea;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.evidence.api.CaseStudyCommand.DraftCaseStudy;
import org.irrigate.evidence.api.CaseStudyCommand.LinkCaseStudy;
import org.irrigate.evidence.api.CaseStudyCommand.PublishCaseStudy;
import org.irrigate.evidence.api.CaseStudyCommand.RecordConsent;
import org.irrigate.evidence.api.CaseStudyCommand.ReviseCaseStudy;
import org.irrigate.evidence.api.CaseStudyContent;
import org.irrigate.evidence.api.CaseStudyEvent.CaseStudyDrafted;
import org.irrigate.evidence.api.CaseStudyStatus;
import org.irrigate.evidence.api.ConsentMethod;
import org.irrigate.evidence.api.EvidenceQuery.FindCaseStudies;
import org.irrigate.evidence.api.EvidenceQuery.FindCaseStudy;
import org.irrigate.evidence.api.EvidenceView.CaseStudyView;
import org.irrigate.evidence.api.Links;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Case studies", description = "Partners' case studies in the network's template, drafted then published")
@RestController
@RequestMapping(CaseStudyController.PATH)
class CaseStudyController {
    static final String PATH = "/api/evidence/case-studies";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final EvidenceReferences references;

    CaseStudyController(CommandGateway commands, QueryGateway queries, EvidenceReferences references) {
        this.commands = commands;
        this.queries = queries;
        this.references = references;
    }

    /** {@code partner} defaults to the signed-in user's organisation; only the coordinator may name another. */
    record DraftRequest(OrganisationId partner, String title, CaseStudyContent content, LocalDate happenedOn) {
    }

    record ReviseRequest(String title, CaseStudyContent content, String reason, LocalDate happenedOn) {
    }

    record ConsentRequest(ConsentMethod method, String scope, LocalDate happenedOn) {
    }

    record LinkRequest(List<ConversationId> conversations, List<AdvocacyActionId> advocacyActions,
                       List<AwardId> awards, LocalDate happenedOn) {
    }

    record DatedRequest(LocalDate happenedOn) {
    }

    @PostMapping
    ResponseEntity<Map<String, String>> draft(@RequestBody DraftRequest request) {
        OrganisationId partner = request.partner() == null ? references.viewer().organisation() : request.partner();
        references.organisations(List.of(partner));
        references.requireActingFor(partner);
        CaseStudyId id = CaseStudyId.random();
        commands.sendAndWait(new DraftCaseStudy(id, partner, request.title(), request.content(),
                orToday(request.happenedOn())));
        return Created.at(PATH, "caseStudyId", id);
    }

    @PostMapping("/{id}/revise")
    ResponseEntity<Void> revise(@PathVariable String id, @RequestBody ReviseRequest request) {
        commands.sendAndWait(new ReviseCaseStudy(owned(id), request.title(), request.content(), request.reason(),
                orToday(request.happenedOn())));
        return Created.done();
    }

    @PostMapping("/{id}/consent")
    ResponseEntity<Void> recordConsent(@PathVariable String id, @RequestBody ConsentRequest request) {
        commands.sendAndWait(new RecordConsent(owned(id), request.method(), request.scope(),
                orToday(request.happenedOn())));
        return Created.done();
    }

    @PostMapping("/{id}/links")
    ResponseEntity<Void> link(@PathVariable String id, @RequestBody LinkRequest request) {
        CaseStudyId caseStudyId = owned(id);
        Links links = new Links(request.conversations(), request.advocacyActions(), request.awards());
        references.links(links);
        commands.sendAndWait(new LinkCaseStudy(caseStudyId, links, orToday(request.happenedOn())));
        return Created.done();
    }

    @PostMapping("/{id}/publish")
    ResponseEntity<Void> publish(@PathVariable String id, @RequestBody(required = false) DatedRequest request) {
        commands.sendAndWait(new PublishCaseStudy(owned(id), orToday(request == null ? null : request.happenedOn())));
        return Created.done();
    }

    @GetMapping
    List<CaseStudyView> list(@RequestParam(required = false) OrganisationId partner,
                             @RequestParam(required = false) CaseStudyStatus status,
                             @RequestParam(required = false) OutcomeArea area) {
        return QueryAnswers.list(queries, new FindCaseStudies(partner, status, area), CaseStudyView.class);
    }

    @GetMapping("/{id}")
    CaseStudyView get(@PathVariable String id) {
        CaseStudyId caseStudyId = CaseStudyId.of(id);
        return QueryAnswers.one(queries, new FindCaseStudy(caseStudyId), CaseStudyView.class, "Case study",
                caseStudyId);
    }

    /** The case study, if the signed-in user may change it: its own partner or the coordinator. */
    private CaseStudyId owned(String id) {
        CaseStudyId caseStudyId = CaseStudyId.of(id);
        references.requireActingFor(references.first(caseStudyId, CaseStudyDrafted.class, "Case study").partner());
        return caseStudyId;
    }
}
