package org.irrigate.evidence.web;

import static org.irrigate.core.api.HappenedOn.orToday;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.core.api.TheoryOfChangeId;
import org.irrigate.evidence.api.EvidenceQuery.FindTheoriesOfChange;
import org.irrigate.evidence.api.EvidenceQuery.FindTheoryOfChange;
import org.irrigate.evidence.api.EvidenceView.TheoryOfChangeView;
import org.irrigate.evidence.api.Outcome;
import org.irrigate.evidence.api.TheoryOfChangeCommand.ChoosePriorityOutcomes;
import org.irrigate.evidence.api.TheoryOfChangeCommand.DraftTheoryOfChange;
import org.irrigate.evidence.api.TheoryOfChangeCommand.ReviseTheoryOfChange;
import org.irrigate.evidence.api.TheoryOfChangeEvent.TheoryOfChangeDrafted;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Theory of Change", description = "The network's intended outcomes, version by version, and its priorities")
@RestController
@RequestMapping(TheoryOfChangeController.PATH)
class TheoryOfChangeController {
    static final String PATH = "/api/evidence/theories-of-change";

    private final CommandGateway commands;
    private final QueryGateway queries;
    private final EvidenceReferences references;

    TheoryOfChangeController(CommandGateway commands, QueryGateway queries, EvidenceReferences references) {
        this.commands = commands;
        this.queries = queries;
        this.references = references;
    }

    record DraftRequest(String title, List<Outcome> outcomes, LocalDate happenedOn) {
    }

    record ReviseRequest(String title, List<Outcome> outcomes, String whatChanged, LocalDate happenedOn) {
    }

    record PrioritiesRequest(List<String> outcomeCodes, String rationale, LocalDate happenedOn) {
    }

    @PostMapping
    ResponseEntity<Map<String, String>> draft(@RequestBody DraftRequest request) {
        TheoryOfChangeId id = TheoryOfChangeId.random();
        commands.sendAndWait(new DraftTheoryOfChange(id, request.title(), request.outcomes(),
                orToday(request.happenedOn())));
        return Created.at(PATH, "theoryOfChangeId", id);
    }

    @PostMapping("/{id}/revise")
    ResponseEntity<Void> revise(@PathVariable String id, @RequestBody ReviseRequest request) {
        commands.sendAndWait(new ReviseTheoryOfChange(existing(id), request.title(), request.outcomes(),
                request.whatChanged(), orToday(request.happenedOn())));
        return Created.done();
    }

    @PostMapping("/{id}/priorities")
    ResponseEntity<Void> choosePriorities(@PathVariable String id, @RequestBody PrioritiesRequest request) {
        commands.sendAndWait(new ChoosePriorityOutcomes(existing(id), request.outcomeCodes(), request.rationale(),
                orToday(request.happenedOn())));
        return Created.done();
    }

    @GetMapping
    List<TheoryOfChangeView> list() {
        return QueryAnswers.list(queries, new FindTheoriesOfChange(), TheoryOfChangeView.class);
    }

    @GetMapping("/{id}")
    TheoryOfChangeView get(@PathVariable String id) {
        TheoryOfChangeId theoryOfChangeId = TheoryOfChangeId.of(id);
        return QueryAnswers.one(queries, new FindTheoryOfChange(theoryOfChangeId), TheoryOfChangeView.class,
                "Theory of Change", theoryOfChangeId);
    }

    private TheoryOfChangeId existing(String id) {
        TheoryOfChangeId theoryOfChangeId = TheoryOfChangeId.of(id);
        references.first(theoryOfChangeId, TheoryOfChangeDrafted.class, "Theory of Change");
        return theoryOfChangeId;
    }
}
