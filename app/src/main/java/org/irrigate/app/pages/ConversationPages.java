package org.irrigate.app.pages;

import static org.irrigate.core.api.HappenedOn.orToday;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.app.knownon.KnownInfluence;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.CurrentViewer;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.NetworkQuery.FindPlaces;
import org.irrigate.core.api.NetworkView.PlaceView;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OutcomeArea;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.influence.api.Channel;
import org.irrigate.influence.api.ConversationCommand.CompleteFollowUp;
import org.irrigate.influence.api.ConversationCommand.LogConversation;
import org.irrigate.influence.api.InfluenceQuery.FindConversation;
import org.irrigate.influence.api.InfluenceQuery.FindConversations;
import org.irrigate.influence.api.InfluenceView.ConversationView;
import org.irrigate.influence.api.NewFollowUp;
import org.irrigate.influence.api.Party;
import org.irrigate.influence.api.Visibility;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Logging a conversation, quickly and on a phone, and reading the log. The conversation is logged for the
 * signed-in partner's organisation, never one named in the form, exactly as the API does.
 */
@Controller
class ConversationPages {
    private static final int PICKER_MATCHES = 8;

    private final QueryGateway queries;
    private final Commands commands;
    private final CurrentViewer viewer;
    private final Directory directory;
    private final KnownInfluence known;

    ConversationPages(QueryGateway queries, Commands commands, CurrentViewer viewer,
                      Directory directory, KnownInfluence known) {
        this.known = known;
        this.queries = queries;
        this.commands = commands;
        this.viewer = viewer;
        this.directory = directory;
    }

    /** Someone the picker can offer: {@code value} is what the form posts. */
    public record Choice(String value, String name, String kind) {
    }

    @GetMapping("/conversations/new")
    String form(Model model) {
        SignedIn me = SignedIn.current();
        me.requireMayRecord();
        return form(model, ConversationForm.blank(LocalDate.now(), me.organisation()), new FormErrors(), List.of(), "");
    }

    @PostMapping("/conversations")
    String log(@ModelAttribute ConversationForm form, @RequestParam(required = false) String find,
               @RequestParam(required = false) String q, Model model, HttpServletResponse response) {
        SignedIn me = SignedIn.current();
        me.requireMayRecord();
        if (find != null) {
            // Without JavaScript the picker's "Find" button posts the form: show the matches, keep what was typed.
            return form(model, form, new FormErrors(), matches(q, form.chosen()), q);
        }
        FormErrors errors = new FormErrors(ConversationForm.LABELS, ConversationForm.ALIASES);
        ConversationForm.Reading reading = form.read(errors);
        ConversationId id = ConversationId.random();
        if (!errors.any()) {
            errors.collect("happenedOn", () -> orToday(reading.happenedOn()));
            requireKnown(reading, errors);
        }
        if (!errors.any()) {
            commands.send(new LogConversation(id, me.organisation(), orToday(reading.happenedOn()), reading.details(),
                    reading.followUps(), reading.visibility()), errors);
        }
        if (errors.any()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, form, errors, List.of(), "");
        }
        return "redirect:/conversations/" + id + "?logged";
    }

    /** Everyone named must be in the directory: the same 404 the API gives, shown at the top of the form. */
    private void requireKnown(ConversationForm.Reading reading, FormErrors errors) {
        reading.details().participants().forEach(party -> requireKnown(party, errors));
        commands.requireKnown(reading.details().place(), "Place", errors);
        reading.followUps().stream().map(NewFollowUp::owner).filter(o -> o != null)
                .forEach(owner -> requireKnown(owner, errors));
    }

    private void requireKnown(Party party, FormErrors errors) {
        commands.requireKnown(party.id(), party.isPerson() ? "Person" : "Organisation", errors);
    }

    private String form(Model model, ConversationForm form, FormErrors errors, List<Choice> results, String q) {
        Names names = (Names) model.getAttribute("names");
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("results", results);
        model.addAttribute("q", q == null ? "" : q);
        model.addAttribute("chosen", form.chosen().stream().map(v -> choice(v, names)).filter(c -> c != null).toList());
        model.addAttribute("channels", Channel.values());
        model.addAttribute("areas", OutcomeArea.values());
        model.addAttribute("visibilities", Visibility.values());
        model.addAttribute("places", QueryAnswers.list(queries, new FindPlaces(null, null), PlaceView.class));
        model.addAttribute("currentPath", "/conversations/new");
        return "conversation-form";
    }

    /** Type-ahead for the people and organisation picker: an htmx fragment of matching checkboxes. */
    @GetMapping("/pickers/parties")
    String picker(@RequestParam(required = false) String q,
                  @RequestParam(required = false) List<String> participants, Model model) {
        model.addAttribute("results", matches(q, participants == null ? List.of() : participants));
        model.addAttribute("q", q == null ? "" : q);
        return "conversation-form :: results";
    }

    private List<Choice> matches(String q, List<String> chosen) {
        if (q == null || q.isBlank()) {
            return List.of();
        }
        String words = q.strip().toLowerCase(Locale.ROOT);
        Names names = directory.names();
        var organisations = names.organisationList().stream()
                .filter(o -> o.name().toLowerCase(Locale.ROOT).contains(words))
                .map(o -> new Choice("organisation:" + o.organisationId(), o.name(), "organisation"));
        var people = names.peopleList().stream()
                .filter(p -> !p.erased() && p.fullName().toLowerCase(Locale.ROOT).contains(words))
                .map(p -> new Choice("person:" + p.personId(), p.fullName(),
                        p.currentRoles().isEmpty() ? "person" : p.currentRoles().getFirst().title() + ", "
                                + p.currentRoles().getFirst().organisationName()));
        return java.util.stream.Stream.concat(organisations, people).filter(c -> !chosen.contains(c.value()))
                .limit(PICKER_MATCHES).toList();
    }

    private static Choice choice(String value, Names names) {
        Party party = ConversationForm.party(value);
        return party == null ? null : new Choice(value, names.of(party), party.isPerson() ? "person" : "organisation");
    }

    /**
     * Marks a follow-up done. As in the API, whoever may see the conversation may complete its follow-ups (the owner
     * is often another partner); researchers are refused by the page security before this runs.
     */
    @PostMapping("/conversations/{id}/follow-ups/{number}/complete")
    String complete(@PathVariable String id, @PathVariable int number,
                    @RequestParam(required = false) String note, @RequestParam(required = false) String back) {
        SignedIn.current().requireMayRecord();
        ConversationId conversationId = DirectoryPages.parse(() -> ConversationId.of(id), "Conversation", id);
        QueryAnswers.one(queries, new FindConversation(conversationId, viewer.get()), ConversationView.class,
                "Conversation", conversationId);
        FormErrors errors = new FormErrors();
        commands.send(new CompleteFollowUp(conversationId, number, viewer.get().organisation(), note == null || note.isBlank() ? null : note,
                LocalDate.now()), errors);
        if (errors.any()) {
            throw new InvalidInputException("followUp", errors.all().values().iterator().next());
        }
        return "redirect:" + ("dashboard".equals(back) ? "/" : "/conversations/" + conversationId) + "?completed";
    }

    @GetMapping("/conversations")
    String list(@RequestParam(required = false) String q, @RequestParam(required = false) OrganisationId organisation,
                HttpSession session, Model model) {
        Instant at = KnownOn.instant(session);
        model.addAttribute("conversations", at != null ? known.conversations(organisation, null, q, at, viewer.get())
                : QueryAnswers.list(queries, new FindConversations(organisation, null, null, null, null,
                q == null || q.isBlank() ? null : q, null, null, false, viewer.get()), ConversationView.class));
        model.addAttribute("q", q);
        model.addAttribute("organisation", organisation);
        return "conversations";
    }

    @GetMapping("/conversations/{id}")
    String show(@PathVariable String id, @RequestParam(required = false) String logged, HttpSession session,
                Model model) {
        ConversationId conversationId = DirectoryPages.parse(() -> ConversationId.of(id), "Conversation", id);
        Instant at = KnownOn.instant(session);
        model.addAttribute("c", at != null
                ? DirectoryPages.known(known.conversation(conversationId, at, viewer.get()), "Conversation", conversationId)
                : QueryAnswers.find(queries, new FindConversation(conversationId, viewer.get()),
                ConversationView.class).orElse(null));
        model.addAttribute("conversationId", conversationId);
        model.addAttribute("logged", logged != null);
        return "conversation";
    }
}
