package org.irrigate.app.pages;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
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

/** Organisations and people, with who held which role when ("who was our contact there in March 2023?"). */
@Controller
class DirectoryPages {
    private final QueryGateway queries;
    private final CurrentViewer viewer;

    DirectoryPages(QueryGateway queries, CurrentViewer viewer) {
        this.queries = queries;
        this.viewer = viewer;
    }

    /** One role someone held at an organisation, for the organisation's role history. */
    public record RoleHeld(PersonView person, RoleView role) {
    }

    @GetMapping("/organisations")
    String organisations(@RequestParam(required = false) String name,
                         @RequestParam(required = false) OrganisationKind kind,
                         @RequestParam(defaultValue = "false") boolean members, Model model) {
        model.addAttribute("organisations", QueryAnswers.list(queries,
                new FindOrganisations(name == null || name.isBlank() ? null : name, kind, members ? true : null),
                OrganisationView.class).stream().sorted(Comparator.comparing(OrganisationView::name)).toList());
        model.addAttribute("name", name);
        model.addAttribute("kind", kind);
        model.addAttribute("members", members);
        model.addAttribute("kinds", OrganisationKind.values());
        return "organisations";
    }

    @GetMapping("/organisations/{id}")
    String organisation(@PathVariable String id, @RequestParam(required = false) String on, Model model) {
        OrganisationId organisationId = parse(() -> OrganisationId.of(id), "Organisation", id);
        OrganisationView organisation = QueryAnswers.one(queries, new FindOrganisation(organisationId),
                OrganisationView.class, "Organisation", organisationId);
        FormErrors errors = new FormErrors();
        LocalDate day = errors.date("on", on);
        model.addAttribute("organisation", organisation);
        model.addAttribute("errors", errors);
        model.addAttribute("on", day);
        model.addAttribute("heldOn", day == null ? List.of()
                : QueryAnswers.list(queries, new FindPeople(organisationId, day), PersonView.class));
        model.addAttribute("roles", QueryAnswers.list(queries, new FindPeople(null, null), PersonView.class).stream()
                .flatMap(p -> p.roles().stream().filter(r -> r.organisationId().equals(organisationId))
                        .map(r -> new RoleHeld(p, r)))
                .sorted(Comparator.comparing((RoleHeld r) -> r.role().from()).reversed()).toList());
        model.addAttribute("conversations", QueryAnswers.list(queries, new FindConversations(organisationId, null,
                null, null, null, null, null, null, false, viewer.get()), ConversationView.class));
        return "organisation";
    }

    @GetMapping("/people")
    String people(Model model) {
        model.addAttribute("people", QueryAnswers.list(queries, new FindPeople(null, null), PersonView.class).stream()
                .sorted(Comparator.comparing(PersonView::fullName)).toList());
        return "people";
    }

    @GetMapping("/people/{id}")
    String person(@PathVariable String id, Model model) {
        PersonId personId = parse(() -> PersonId.of(id), "Person", id);
        PersonView person = QueryAnswers.one(queries, new FindPerson(personId), PersonView.class, "Person", personId);
        model.addAttribute("person", person);
        model.addAttribute("roles", person.roles().stream().sorted(Comparator.comparing(RoleView::from).reversed())
                .toList());
        model.addAttribute("conversations", QueryAnswers.list(queries, new FindConversations(null, personId, null,
                null, null, null, null, null, false, viewer.get()), ConversationView.class));
        return "person";
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
