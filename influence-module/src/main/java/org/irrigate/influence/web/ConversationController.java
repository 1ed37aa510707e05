package org.irrigate.influence.web;

import static org.irrigate.core.api.HappenedOn.orToday;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.CurrentViewer;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OutcomeArea;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PlaceCode;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.influence.api.Channel;
import org.irrigate.influence.api.ConversationCommand.AddFollowUp;
import org.irrigate.influence.api.ConversationCommand.AddParticipantNote;
import org.irrigate.influence.api.ConversationCommand.AmendConversation;
import org.irrigate.influence.api.ConversationCommand.CompleteFollowUp;
import org.irrigate.influence.api.ConversationCommand.LinkFollowUpConversation;
import org.irrigate.influence.api.ConversationCommand.LogConversation;
import org.irrigate.influence.api.ConversationCommand.RetractConversation;
import org.irrigate.influence.api.ConversationDetails;
import org.irrigate.influence.api.ConversationImport;
import org.irrigate.influence.api.InfluenceQuery.FindConversation;
import org.irrigate.influence.api.InfluenceQuery.FindConversations;
import org.irrigate.influence.api.InfluenceView.ConversationView;
import org.irrigate.influence.api.NewFollowUp;
import org.irrigate.influence.api.Party;
import org.irrigate.influence.api.Visibility;
import org.irrigate.influence.conversation.ConversationCsvImport;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Conversations", description = "Log conversations, correct or retract them, and follow them up")
@RestController
@RequestMapping("/api/conversations")
class ConversationController {
    private final CommandGateway commands;
    private final QueryGateway queries;
    private final CurrentViewer viewer;
    private final References references;
    private final ConversationAccess access;
    private final ConversationCsvImport csvImport;

    ConversationController(CommandGateway commands, QueryGateway queries, CurrentViewer viewer, References references,
                           ConversationAccess access, ConversationCsvImport csvImport) {
        this.commands = commands;
        this.queries = queries;
        this.viewer = viewer;
        this.references = references;
        this.access = access;
        this.csvImport = csvImport;
    }

    /** Visibility defaults to PRIVATE: only the logging partner (and the coordinator) see it until shared. */
    record LogRequest(LocalDate happenedOn, List<Party> participants, PlaceCode place, Channel channel, String topic,
                      String summary, List<String> asks, List<NewFollowUp> followUps, Set<OutcomeArea> outcomeAreas,
                      Visibility visibility) {
    }

    record Logged(ConversationId conversationId) {
    }

    /** The whole conversation as it should have been recorded, and why it is corrected. */
    record AmendRequest(LocalDate happenedOn, List<Party> participants, PlaceCode place, Channel channel, String topic,
                        String summary, List<String> asks, Set<OutcomeArea> outcomeAreas, String reason) {
    }

    record FollowUpRequest(String action, Party owner, LocalDate dueOn, LocalDate happenedOn) {
    }

    record FollowUpAdded(ConversationId conversationId, int number) {
    }

    record CompleteRequest(String note, LocalDate happenedOn) {
    }

    record LinkRequest(ConversationId followUpConversationId, LocalDate happenedOn) {
    }

    @PostMapping
    ResponseEntity<Logged> log(@RequestBody LogRequest request) {
        references.parties(request.participants());
        references.place(request.place());
        if (request.followUps() != null) {
            request.followUps().stream().filter(f -> f != null).forEach(f -> references.party(f.owner()));
        }
        ConversationId id = ConversationId.random();
        commands.sendAndWait(new LogConversation(id, viewer.get().organisation(), orToday(request.happenedOn()),
                new ConversationDetails(request.participants(), request.place(), request.channel(), request.topic(),
                        request.summary(), request.asks(), request.outcomeAreas()),
                request.followUps(), request.visibility() == null ? Visibility.PRIVATE : request.visibility()));
        return ResponseEntity.created(URI.create("/api/conversations/" + id)).body(new Logged(id));
    }

    /**
     * The conversation log, newest first: by organisation (taking part or logging), person, place, topic words,
     * outcome area, and {@code q}: words anywhere in the topic, summary or asks.
     */
    @GetMapping
    List<ConversationView> list(@RequestParam(required = false) OrganisationId organisation,
                                @RequestParam(required = false) PersonId person,
                                @RequestParam(required = false) PlaceCode place,
                                @RequestParam(required = false) String topic,
                                @RequestParam(required = false) OutcomeArea outcomeArea,
                                @RequestParam(required = false) String q,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                @RequestParam(defaultValue = "false") boolean includeRetracted) {
        InvalidInputException.require(from == null || to == null || !to.isBefore(from), "to",
                "must not be before 'from'");
        return QueryAnswers.list(queries, new FindConversations(organisation, person, place, topic, outcomeArea, q,
                from, to, includeRetracted, viewer.get()), ConversationView.class);
    }

    @GetMapping("/{id}")
    ConversationView get(@PathVariable String id) {
        ConversationId conversationId = ConversationId.of(id);
        return QueryAnswers.one(queries, new FindConversation(conversationId, viewer.get()), ConversationView.class,
                "Conversation", conversationId);
    }

    @PostMapping("/{id}/amend")
    ResponseEntity<Void> amend(@PathVariable String id, @RequestBody AmendRequest request) {
        ConversationId conversationId = access.changeable(ConversationId.of(id)).conversationId();
        references.parties(request.participants());
        references.place(request.place());
        LocalDate happenedOn = InvalidInputException.requirePresent(request.happenedOn(), "happenedOn");
        return NoContent.after(commands, new AmendConversation(conversationId, orToday(happenedOn),
                new ConversationDetails(request.participants(), request.place(), request.channel(), request.topic(),
                        request.summary(), request.asks(), request.outcomeAreas()), request.reason()));
    }

    @PostMapping("/{id}/retract")
    ResponseEntity<Void> retract(@PathVariable String id, @RequestBody ReasonRequest request) {
        ConversationId conversationId = access.changeable(ConversationId.of(id)).conversationId();
        return NoContent.after(commands, new RetractConversation(conversationId, request.reason(), orToday(request.happenedOn())));
    }

    @PostMapping("/{id}/follow-ups")
    ResponseEntity<FollowUpAdded> addFollowUp(@PathVariable String id, @RequestBody FollowUpRequest request) {
        ConversationId conversationId = access.changeable(ConversationId.of(id)).conversationId();
        references.party(request.owner());
        int number = commands.sendAndWait(new AddFollowUp(conversationId,
                new NewFollowUp(request.action(), request.owner(), request.dueOn()), orToday(request.happenedOn())));
        return ResponseEntity.created(URI.create("/api/conversations/" + conversationId))
                .body(new FollowUpAdded(conversationId, number));
    }

    /** Whoever may see the conversation may complete its follow-ups: the owner is often another partner. */
    @PostMapping("/{id}/follow-ups/{number}/complete")
    ResponseEntity<Void> completeFollowUp(@PathVariable String id, @PathVariable int number,
                                          @RequestBody(required = false) CompleteRequest request) {
        ConversationId conversationId = access.visible(ConversationId.of(id)).conversationId();
        return NoContent.after(commands, new CompleteFollowUp(conversationId, number, viewer.get().organisation(),
                request == null ? null : request.note(),
                orToday(request == null ? null : request.happenedOn())));
    }

    @PostMapping("/{id}/follow-up-conversations")
    ResponseEntity<Void> linkFollowUp(@PathVariable String id, @RequestBody LinkRequest request) {
        ConversationId conversationId = access.visible(ConversationId.of(id)).conversationId();
        InvalidInputException.requirePresent(request.followUpConversationId(), "followUpConversationId");
        access.visible(request.followUpConversationId());
        return NoContent.after(commands, new LinkFollowUpConversation(conversationId, request.followUpConversationId(),
                orToday(request.happenedOn())));
    }

    /**
     * A note about a person who took part, sealed with their key: shown while the key exists, "erased person" once
     * they are erased. Only the partner that logged the conversation (or the coordinator) adds one.
     */
    @PostMapping("/{id}/person-notes")
    ResponseEntity<Void> addPersonNote(@PathVariable String id, @RequestBody PersonNoteRequest request) {
        ConversationId conversationId = access.changeable(ConversationId.of(id)).conversationId();
        InvalidInputException.requirePresent(request.personId(), "personId");
        references.person(request.personId());
        return NoContent.after(commands, new AddParticipantNote(conversationId, request.personId(), request.note(),
                orToday(request.happenedOn())));
    }

    /**
     * A spreadsheet of conversations as CSV, logged for the signed-in partner. 422 with a report of every row and
     * field error when any row is wrong (nothing is logged); {@code dryRun=true} checks without logging.
     */
    @PostMapping(path = "/import", consumes = {"text/csv", "text/plain"})
    ResponseEntity<ConversationImport> importCsv(@RequestBody(required = false) String csv,
                                                 @RequestParam(defaultValue = "false") boolean dryRun) {
        ConversationImport result = csvImport.importCsv(csv, viewer.get().organisation(), dryRun);
        return ResponseEntity.status(result.errors().isEmpty() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
                .body(result);
    }
}
