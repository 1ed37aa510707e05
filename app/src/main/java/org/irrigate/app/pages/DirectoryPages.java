package org.irrigate.app.pages;

import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.app.knownon.KnownDirectory;
import org.irrigate.app.knownon.KnownInfluence;
import org.irrigate.core.api.CurrentViewer;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.NetworkQuery.FindOrganisation;
import org.irrigate.core.api.NetworkQuery.FindOrganisations;
import org.irrigate.core.api.NetworkQuery.FindPeople;
import org.irrigate.core.api.NetworkQuery.FindPerson;
import org.irrigate.core.api.NetworkView.OrganisationView;
import org.irrigate.core.api.NetworkView.PersonView;
import org.irrigate.core.api.NetworkView.RoleView;
import org.irrigate.core.api.NotFoundException;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OrganisationKind;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.influence.api.InfluenceQuery.FindConversations;
import org.irrigate.influence.api.InfluenceView.ConversationView;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Organisations and people, with who held which role when ("who was our contact there in March 2023?"); with an
 * "as known on" day, as the network had recorded them by its end.
 */
@Controller
class DirectoryPages {
    private final QueryGateway queries;
    private final CurrentViewer viewer;
    private final KnownDirectory knownDirectory;
    private final KnownInfluence knownInfluence;

    DirectoryPages(QueryGateway queries, CurrentViewer viewer, KnownDirectory knownDirectory,
                   KnownInfluence knownInfluence) {
        this.queries = queries;
        this.viewer = viewer;
        this.knownDirectory = knownDirectory;
        this.knownInfluence = knownInfluence;
    }

    /** One role someone held at an organisation, for the organisation's role history. */
    public record RoleHeld(PersonView person, RoleView role) {
    }

    @GetMapping("/organisations")
    String organisations(@RequestParam(required = false) String name,
                         @RequestParam(required = false) OrganisationKind kind,
                         @RequestParam(defaultValue = "false") boolean members, HttpSession session, Model model) {
        Instant at = KnownOn.instant(session);
        String contains = name == null || name.isBlank() ? null : name;
        model.addAttribute("organisations", at != null
                ? knownDirectory.organisations(contains, kind, members, at, viewer.get())
                : QueryAnswers.list(queries, new FindOrganisations(contains, kind, members ? true : null),
                OrganisationView.class).stream().sorted(Comparator.comparing(OrganisationView::name)).toList());
        model.addAttribute("name", name);
        model.addAttribute("kind", kind);
        model.addAttribute("members", members);
        model.addAttribute("kinds", OrganisationKind.values());
        return "organisations";
    }

    @GetMapping("/organisations/{id}")
    String organisation(@PathVariable String id, @RequestParam(required = false) String on, HttpSession session,
                        Model model) {
        OrganisationId organisationId = parse(() -> OrganisationId.of(id), "Organisation", id);
        Instant at = KnownOn.instant(session);
        OrganisationView organisation = at == null ? QueryAnswers.one(queries, new FindOrganisation(organisationId),
                OrganisationView.class, "Organisation", organisationId)
                : known(knownDirectory.organisation(organisationId, at, viewer.get()), "Organisation", organisationId);
        List<PersonView> people = people(at);
        FormErrors errors = new FormErrors();
        LocalDate day = errors.date("on", on);
        model.addAttribute("organisation", organisation);
        model.addAttribute("errors", errors);
        model.addAttribute("on", day);
        model.addAttribute("heldOn", day == null ? List.of() : at == null
                ? QueryAnswers.list(queries, new FindPeople(organisationId, day), PersonView.class)
                : people.stream().filter(p -> p.roles().stream().anyMatch(r -> r.organisationId().equals(organisationId)
                && r.heldOn(day))).toList());
        model.addAttribute("roles", people.stream()
                .flatMap(p -> p.roles().stream().filter(r -> r.organisationId().equals(organisationId))
                        .map(r -> new RoleHeld(p, r)))
                .sorted(Comparator.comparing((RoleHeld r) -> r.role().from()).reversed()).toList());
        model.addAttribute("conversations", at != null
                ? knownInfluence.conversations(organisationId, null, null, at, viewer.get())
                : QueryAnswers.list(queries, new FindConversations(organisationId, null, null, null, null, null, null,
                null, false, viewer.get()), ConversationView.class));
        return "organisation";
    }

    @GetMapping("/people")
    String people(HttpSession session, Model model) {
        model.addAttribute("people", people(KnownOn.instant(session)).stream()
                .sorted(Comparator.comparing(PersonView::fullName)).toList());
        return "people";
    }

    private List<PersonView> people(Instant at) {
        return at == null ? QueryAnswers.list(queries, new FindPeople(null, null), PersonView.class)
                : knownDirectory.people(at, viewer.get());
    }

    @GetMapping("/people/{id}")
    String person(@PathVariable String id, HttpSession session, Model model) {
        PersonId personId = parse(() -> PersonId.of(id), "Person", id);
        Instant at = KnownOn.instant(session);
        PersonView person = at == null
                ? QueryAnswers.one(queries, new FindPerson(personId), PersonView.class, "Person", personId)
                : known(knownDirectory.person(personId, at, viewer.get()), "Person", personId);
        model.addAttribute("person", person);
        model.addAttribute("roles", person.roles().stream().sorted(Comparator.comparing(RoleView::from).reversed())
                .toList());
        model.addAttribute("conversations", at != null
                ? knownInfluence.conversations(null, personId, null, at, viewer.get())
                : QueryAnswers.list(queries, new FindConversations(null, personId, null, null, null, null, null, null,
                false, viewer.get()), ConversationView.class));
        return "person";
    }

    /** A record not yet recorded on the "as known on" day is, on that day, a page that does not exist. */
    static <T> T known(T view, String what, Object id) {
        if (view == null) {
            throw new NotFoundException(what, id);
        }
        return view;
    }

    /** A malformed id in a link is simply a page that does not exist. */
    static <T> T parse(java.util.function.Supplier<T> id, String what, String text) {
        try {
            return id.get();
        } catch (InvalidInputException e) {
            throw new NotFoundException(what, text);
        }
    }
}
