package org.irrigate.app.knownon;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.irrigate.core.api.NetworkEvent;
import org.irrigate.core.api.NetworkView.OrganisationStatus;
import org.irrigate.core.api.NetworkView.OrganisationView;
import org.irrigate.core.api.NetworkView.PersonView;
import org.irrigate.core.api.NetworkView.RoleView;
import org.irrigate.core.api.OrganisationEvent;
import org.irrigate.core.api.OrganisationEvent.NetworkJoined;
import org.irrigate.core.api.OrganisationEvent.NetworkLeft;
import org.irrigate.core.api.OrganisationEvent.OrganisationKindChanged;
import org.irrigate.core.api.OrganisationEvent.OrganisationMerged;
import org.irrigate.core.api.OrganisationEvent.OrganisationRegistered;
import org.irrigate.core.api.OrganisationEvent.OrganisationRenamed;
import org.irrigate.core.api.OrganisationEvent.OrganisationRetired;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.OrganisationKind;
import org.irrigate.core.api.PersonEvent.PersonErased;
import org.irrigate.core.api.PersonEvent.PersonRegistered;
import org.irrigate.core.api.PersonEvent.PersonalDetailsUpdated;
import org.irrigate.core.api.PersonEvent.RoleEnded;
import org.irrigate.core.api.PersonEvent.RoleStarted;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.PersonalDataVault;
import org.irrigate.core.api.PersonalDetails;
import org.irrigate.core.api.SealedDetails;
import org.irrigate.core.api.Viewer;
import org.springframework.stereotype.Component;

/**
 * Organisations and people as known at a record time, folded as network-core's directories fold them. A person's
 * details are opened with today's key, so an erased person reads as erased whenever the question is asked from.
 */
@Component
public class KnownDirectory {
    private final KnownRecords records;
    private final PersonalDataVault vault;

    KnownDirectory(KnownRecords records, PersonalDataVault vault) {
        this.records = records;
        this.vault = vault;
    }

    /** Like {@code FindOrganisations}: name contains, kind, members only; sorted by name. */
    public List<OrganisationView> organisations(String nameContains, OrganisationKind kind, boolean membersOnly,
                                                Instant at, Viewer viewer) {
        String name = nameContains == null || nameContains.isBlank() ? null
                : nameContains.strip().toLowerCase(Locale.ROOT);
        return records.all(ORGANISATION, at, viewer).stream()
                .filter(o -> name == null || o.name().toLowerCase(Locale.ROOT).contains(name))
                .filter(o -> kind == null || o.kind() == kind)
                .filter(o -> !membersOnly || o.member())
                .sorted(Comparator.comparing(OrganisationView::name)).toList();
    }

    public OrganisationView organisation(OrganisationId id, Instant at, Viewer viewer) {
        return records.one(id, ORGANISATION, at, viewer);
    }

    /** Everyone, with their roles as then recorded and the organisations' names as then known. */
    public List<PersonView> people(Instant at, Viewer viewer) {
        List<PersonView> people = records.all(person(), at, viewer);
        Map<UUID, String> names = names(people, at, viewer);
        return people.stream().map(p -> named(p, names))
                .sorted(Comparator.comparing(PersonView::fullName, String::compareToIgnoreCase)).toList();
    }

    public PersonView person(PersonId id, Instant at, Viewer viewer) {
        PersonView person = records.one(id, person(), at, viewer);
        return person == null ? null : named(person, names(List.of(person), at, viewer));
    }

    private Map<UUID, String> names(List<PersonView> people, Instant at, Viewer viewer) {
        return people.stream().flatMap(p -> p.roles().stream()).map(RoleView::organisationId).distinct()
                .map(id -> organisation(id, at, viewer)).filter(java.util.Objects::nonNull)
                .collect(Collectors.toMap(o -> o.organisationId().value(), OrganisationView::name));
    }

    private static PersonView named(PersonView p, Map<UUID, String> names) {
        return new PersonView(p.personId(), p.fullName(), p.email(), p.phone(), p.erased(), p.roles().stream()
                .map(r -> new RoleView(r.roleId(), r.organisationId(), names.get(r.organisationId().value()),
                        r.title(), r.from(), r.to(), r.endReason())).toList());
    }

    static final Fold<OrganisationView> ORGANISATION = new Fold<>() {
        @Override
        public Set<Class<? extends NetworkEvent>> beginnings() {
            return Set.of(OrganisationRegistered.class);
        }

        @Override
        public OrganisationView fold(List<Known> events) {
            OrganisationView o = null;
            for (Known known : events) {
                if (known.event() instanceof OrganisationEvent event) {
                    o = apply(o, event);
                }
            }
            return o;
        }

        private OrganisationView apply(OrganisationView o, OrganisationEvent event) {
            if (event instanceof OrganisationRegistered e) {
                return new OrganisationView(e.organisationId(), e.name(), e.kind(), e.place(), e.charityNumber(),
                        OrganisationStatus.ACTIVE, null, false, null, null, e.happenedOn());
            }
            if (o == null) {
                return null;
            }
            return switch (event) {
                case OrganisationRenamed e -> with(o, e.name(), o.kind(), o.status(), o.mergedInto(), o.member(),
                        o.joinedOn(), o.leftOn());
                case OrganisationKindChanged e -> with(o, o.name(), e.kind(), o.status(), o.mergedInto(), o.member(),
                        o.joinedOn(), o.leftOn());
                case NetworkJoined e -> with(o, o.name(), o.kind(), o.status(), o.mergedInto(), true, e.happenedOn(),
                        null);
                case NetworkLeft e -> with(o, o.name(), o.kind(), o.status(), o.mergedInto(), false, o.joinedOn(),
                        e.happenedOn());
                case OrganisationMerged e -> with(o, o.name(), o.kind(), OrganisationStatus.MERGED, e.mergedInto(),
                        false, o.joinedOn(), o.member() ? e.happenedOn() : o.leftOn());
                case OrganisationRetired e -> with(o, o.name(), o.kind(), OrganisationStatus.RETIRED, o.mergedInto(),
                        false, o.joinedOn(), o.member() ? e.happenedOn() : o.leftOn());
                case OrganisationRegistered e -> o;
            };
        }

        private OrganisationView with(OrganisationView o, String name, OrganisationKind kind,
                                      OrganisationStatus status, OrganisationId mergedInto, boolean member,
                                      LocalDate joinedOn, LocalDate leftOn) {
            return new OrganisationView(o.organisationId(), name, kind, o.place(), o.charityNumber(), status,
                    mergedInto, member, joinedOn, leftOn, o.registeredOn());
        }
    };

    /** Roles in the order they started, as the directory lists them; organisation names are filled in after. */
    private Fold<PersonView> person() {
        return new Fold<>() {
            @Override
            public Set<Class<? extends NetworkEvent>> beginnings() {
                return Set.of(PersonRegistered.class);
            }

            @Override
            public PersonView fold(List<Known> events) {
                PersonId id = null;
                PersonalDetails details = null;
                boolean erased = false;
                List<RoleView> roles = new ArrayList<>();
                for (Known known : events) {
                    switch (known.event()) {
                        case PersonRegistered e -> {
                            id = e.personId();
                            details = open(e.personId(), e.details());
                        }
                        case PersonalDetailsUpdated e -> details = open(e.personId(), e.details());
                        case PersonErased e -> erased = true;
                        case RoleStarted e -> roles.add(new RoleView(e.roleId(), e.organisationId(), null, e.title(),
                                e.happenedOn(), null, null));
                        case RoleEnded e -> roles.replaceAll(r -> r.roleId().equals(e.roleId())
                                ? new RoleView(r.roleId(), r.organisationId(), null, r.title(), r.from(),
                                e.happenedOn(), e.reason()) : r);
                        default -> {
                        }
                    }
                }
                if (id == null) {
                    return null;
                }
                // Erasure is never undone by asking about an earlier day: without the key the details are gone.
                erased = erased || details == null;
                roles.sort(Comparator.comparing(RoleView::from));
                return erased ? new PersonView(id, PersonView.ERASED, null, null, true, List.copyOf(roles))
                        : new PersonView(id, details.fullName(), details.email(), details.phone(), false,
                        List.copyOf(roles));
            }
        };
    }

    private PersonalDetails open(PersonId person, SealedDetails sealed) {
        return vault.open(person, sealed).orElse(null);
    }
}
