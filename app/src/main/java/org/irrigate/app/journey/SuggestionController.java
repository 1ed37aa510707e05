package org.irrigate.app.journey;

import static org.irrigate.core.api.HappenedOn.orToday;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.irrigate.app.journey.LinkSuggestions.Suggestion;
import org.irrigate.app.journey.SuggestionCommand.DismissSuggestedLink;
import org.irrigate.app.journey.SuggestionCommand.ReconsiderSuggestedLink;
import org.irrigate.core.api.BidId;
import org.irrigate.core.api.ConflictException;
import org.irrigate.core.api.ContributionClaimId;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.CurrentViewer;
import org.irrigate.core.api.Existing;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.Viewer;
import org.irrigate.funding.api.ContributingWork;
import org.irrigate.funding.api.ContributionStrength;
import org.irrigate.funding.api.FundingCommand.ClaimContribution;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Suggested links: listed with their reason; confirming one records a contribution claim (the only kind of link that
 * counts), dismissing one records that someone judged it wrong.
 */
@Tag(name = "Journeys", description = "Which conversations led to which funding decisions, at any moment")
@RestController
@RequestMapping("/api/journeys/suggestions")
class SuggestionController {
    private final LinkSuggestions suggestions;
    private final CommandGateway commands;
    private final EventStore events;
    private final CurrentViewer viewer;

    SuggestionController(LinkSuggestions suggestions, CommandGateway commands, EventStore events,
                         CurrentViewer viewer) {
        this.suggestions = suggestions;
        this.commands = commands;
        this.events = events;
        this.viewer = viewer;
    }

    record ConfirmRequest(ContributionStrength strength, String rationale, LocalDate happenedOn) {
    }

    record ReasonRequest(String reason, LocalDate happenedOn) {
    }

    record Confirmed(ContributionClaimId contributionClaimId) {
    }

    @GetMapping
    List<Suggestion> list(@RequestParam(required = false) BidId bid,
                          @RequestParam(defaultValue = "false") boolean includeDismissed,
                          @RequestParam(required = false) String knownOn,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf) {
        return suggestions.suggestions(Moment.of(knownOn, asOf), viewer.get(), bid == null ? null : bid.value(),
                includeDismissed);
    }

    /** The suggestion becomes a contribution claim by the signed-in user's organisation, about the bid's decision. */
    @PostMapping("/{id}/confirm")
    ResponseEntity<Confirmed> confirm(@PathVariable String id, @RequestBody ConfirmRequest request) {
        Viewer reader = viewer.get();
        Suggestion suggestion = suggestions.find(SuggestionId.of(id).value(), reader);
        ConflictException.check(!suggestion.dismissed(), "The suggestion was dismissed; reconsider it first");
        ContributionClaimId claim = new ContributionClaimId(UUID.nameUUIDFromBytes(("irrigate:confirmed-suggestion:"
                + suggestion.suggestionId()).getBytes(StandardCharsets.UTF_8)));
        ConflictException.check(events.lastSequenceNumberFor(claim.toString()).isEmpty(),
                "The suggestion has already been confirmed");
        commands.sendAndWait(new ClaimContribution(claim, ContributingWork.of(new ConversationId(
                suggestion.conversationId())), new BidId(suggestion.bidId()), null,
                request.strength() == null ? ContributionStrength.SOME : request.strength(),
                request.rationale() == null || request.rationale().isBlank() ? suggestion.reason() : request.rationale(),
                "Confirmed from a suggested link: " + suggestion.reason(), reader.organisation(),
                orToday(request.happenedOn())));
        return ResponseEntity.created(URI.create("/api/funding/contribution-claims/" + claim)).body(new Confirmed(claim));
    }

    @PostMapping("/{id}/dismiss")
    ResponseEntity<Void> dismiss(@PathVariable String id, @RequestBody ReasonRequest request) {
        Viewer reader = viewer.get();
        Suggestion suggestion = suggestions.find(SuggestionId.of(id).value(), reader);
        commands.sendAndWait(new DismissSuggestedLink(new SuggestionId(suggestion.suggestionId()),
                new ConversationId(suggestion.conversationId()), new BidId(suggestion.bidId()),
                suggestion.privateTo() == null ? null : new OrganisationId(suggestion.privateTo()),
                reader.organisation(), request.reason(), orToday(request.happenedOn())));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/reconsider")
    ResponseEntity<Void> reconsider(@PathVariable String id, @RequestBody ReasonRequest request) {
        SuggestionId suggestion = Existing.require(events, SuggestionId.of(id), "Suggestion");
        commands.sendAndWait(new ReconsiderSuggestedLink(suggestion, request.reason(), orToday(request.happenedOn())));
        return ResponseEntity.noContent().build();
    }
}
