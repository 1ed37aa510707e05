package org.irrigate.app.knownon;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.irrigate.core.api.PersonalDataVault;
import org.irrigate.core.api.SealedNote;
import org.irrigate.influence.api.ConversationEvent.ParticipantNoteAdded;
import org.irrigate.influence.api.InfluenceView.PersonNoteView;
import org.irrigate.core.api.AdvocacyActionId;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.NetworkEvent;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.PersonId;
import org.irrigate.core.api.Viewer;
import org.irrigate.influence.api.AdvocacyEvent.AdvocacyActionClosed;
import org.irrigate.influence.api.AdvocacyEvent.AdvocacyActionReopened;
import org.irrigate.influence.api.AdvocacyEvent.AdvocacyActionStarted;
import org.irrigate.influence.api.AdvocacyEvent.AdvocacyOutcomeRecorded;
import org.irrigate.influence.api.AdvocacyEvent.AdvocacyResponseRecorded;
import org.irrigate.influence.api.AdvocacyEvent.AdvocacyStepTaken;
import org.irrigate.influence.api.AdvocacyStatus;
import org.irrigate.influence.api.ConversationDetails;
import org.irrigate.influence.api.ConversationEvent.ConversationAmended;
import org.irrigate.influence.api.ConversationEvent.ConversationLogged;
import org.irrigate.influence.api.ConversationEvent.ConversationRetracted;
import org.irrigate.influence.api.ConversationEvent.FollowUpAdded;
import org.irrigate.influence.api.ConversationEvent.FollowUpCompleted;
import org.irrigate.influence.api.ConversationEvent.FollowUpConversationLinked;
import org.irrigate.influence.api.FollowUp;
import org.irrigate.influence.api.FollowUpStatus;
import org.irrigate.influence.api.InfluenceView.AdvocacyActionView;
import org.irrigate.influence.api.InfluenceView.AdvocacyBoard;
import org.irrigate.influence.api.InfluenceView.AdvocacyColumn;
import org.irrigate.influence.api.InfluenceView.ConversationView;
import org.irrigate.influence.api.InfluenceView.FollowUpView;
import org.irrigate.influence.api.InfluenceView.LifecycleView;
import org.irrigate.influence.api.InfluenceView.OutcomeView;
import org.irrigate.influence.api.InfluenceView.ResponseView;
import org.irrigate.influence.api.InfluenceView.StepView;
import org.irrigate.influence.api.Party;
import org.springframework.stereotype.Component;

/**
 * Conversations and advocacy actions as known at a record time, folded as the influence module's conversation log
 * and advocacy board fold them. Links to conversations the viewer may not see, or not yet recorded, are left out,
 * as the module leaves out links to conversations the viewer may not see.
 */
@Component
public class KnownInfluence {
    private final KnownRecords records;
    private final PersonalDataVault vault;

    KnownInfluence(KnownRecords records, PersonalDataVault vault) {
        this.records = records;
        this.vault = vault;
    }

    /**
     * Like {@code FindConversations} with an organisation (logging or taking part), a person and words in the topic,
     * summary or asks; retracted conversations left out; latest first.
     */
    public List<ConversationView> conversations(OrganisationId organisation, PersonId person, String text,
                                                Instant at, Viewer viewer) {
        String words = text == null || text.isBlank() ? null : text.strip().toLowerCase(Locale.ROOT);
        return records.all(conversation(at, viewer), at, viewer).stream()
                .filter(c -> !c.retracted())
                .filter(c -> organisation == null || c.loggedBy().equals(organisation)
                        || c.participants().contains(Party.organisation(organisation)))
                .filter(c -> person == null || c.participants().contains(Party.person(person)))
                .filter(c -> words == null || Stream.concat(Stream.of(c.topic(), c.summary()), c.asks().stream())
                        .filter(Objects::nonNull).collect(Collectors.joining("\n")).toLowerCase(Locale.ROOT)
                        .contains(words))
                .sorted(Comparator.comparing(ConversationView::happenedOn).reversed()
                        .thenComparing(c -> c.conversationId().value().toString()))
                .toList();
    }

    /**
     * Like {@code FindFollowUps} on the day of {@code at}: the follow-ups of the conversations then recorded (not
     * retracted, happened by that day), done only if a completion by that day had been recorded, overdue if still
     * open past the due date; OPEN includes the overdue ones. A null status means all, a null owner anyone's.
     */
    public List<FollowUpView> followUps(FollowUpStatus status, Party owner, Instant at, Viewer viewer) {
        LocalDate day = day(at);
        return records.all(conversation(at, viewer), at, viewer).stream()
                .filter(c -> !c.retracted() && !c.happenedOn().isAfter(day))
                .flatMap(c -> c.followUps().stream())
                .filter(f -> status == null || (status == FollowUpStatus.OPEN ? f.status() != FollowUpStatus.DONE
                        : f.status() == status))
                .filter(f -> owner == null || owner.equals(f.owner()))
                .sorted(Comparator.comparing(FollowUpView::dueOn)
                        .thenComparing(f -> f.conversationId().value().toString())
                        .thenComparingInt(FollowUpView::number))
                .toList();
    }

    public ConversationView conversation(ConversationId id, Instant at, Viewer viewer) {
        return records.one(id, conversation(at, viewer), at, viewer);
    }

    /** Like {@code FindAdvocacyBoard}: every action in its status column, oldest first; those by or at one. */
    public AdvocacyBoard board(OrganisationId organisation, Instant at, Viewer viewer) {
        List<AdvocacyActionView> actions = records.all(advocacy(at, viewer), at, viewer).stream()
                .filter(a -> organisation == null || a.targetOrganisation().equals(organisation)
                        || a.advocates().contains(organisation))
                .sorted(Comparator.comparing(AdvocacyActionView::startedOn)
                        .thenComparing(a -> a.advocacyActionId().value().toString()))
                .toList();
        return new AdvocacyBoard(Arrays.stream(AdvocacyStatus.values())
                .map(status -> new AdvocacyColumn(status, actions.stream().filter(a -> a.status() == status).toList()))
                .toList());
    }

    public AdvocacyActionView advocacyAction(AdvocacyActionId id, Instant at, Viewer viewer) {
        return records.one(id, advocacy(at, viewer), at, viewer);
    }

    /** A linked conversation shows when the viewer may see it and it had been recorded. */
    private boolean shown(ConversationId id, Instant at, Viewer viewer) {
        return !records.events(id, at, viewer).isEmpty();
    }

    /** Follow-ups are done, open or overdue as on the day asked about, as the dashboard reads them. */
    private Fold<ConversationView> conversation(Instant at, Viewer viewer) {
        LocalDate day = day(at);
        return new Fold<>() {
            @Override
            public Set<Class<? extends NetworkEvent>> beginnings() {
                return Set.of(ConversationLogged.class);
            }

            @Override
            public ConversationView fold(List<Known> events) {
                ConversationLogged logged = null;
                LocalDate happenedOn = null;
                ConversationDetails details = null;
                int corrections = 0;
                String lastCorrection = null;
                String retraction = null;
                boolean retracted = false;
                List<FollowUp> followUps = new ArrayList<>();
                List<FollowUpCompleted> completions = new ArrayList<>();
                List<FollowUpConversationLinked> links = new ArrayList<>();
                List<PersonNoteView> notes = new ArrayList<>();
                for (Known known : events) {
                    switch (known.event()) {
                        case ConversationLogged e -> {
                            logged = e;
                            happenedOn = e.happenedOn();
                            details = e.details();
                            followUps.addAll(e.followUps());
                        }
                        case ConversationAmended e -> {
                            happenedOn = e.happenedOn();
                            details = e.details();
                            corrections++;
                            lastCorrection = e.reason();
                        }
                        case ConversationRetracted e -> {
                            retracted = true;
                            retraction = e.reason();
                        }
                        case FollowUpAdded e -> followUps.add(e.followUp());
                        case FollowUpCompleted e -> completions.add(e);
                        case FollowUpConversationLinked e -> links.add(e);
                        case ParticipantNoteAdded e -> notes.add(open(e.personId(), e.happenedOn(), e.note()));
                        default -> {
                        }
                    }
                }
                if (logged == null) {
                    return null;
                }
                ConversationId id = logged.conversationId();
                String topic = details.topic();
                OrganisationId loggedBy = logged.loggedBy();
                List<FollowUpView> followUpViews = followUps.stream().sorted(Comparator.comparingInt(FollowUp::number))
                        .map(f -> followUp(id, topic, loggedBy, f, completions.stream()
                                .filter(c -> c.number() == f.number()).reduce((a, b) -> b).orElse(null), day))
                        .toList();
                List<ConversationId> followedUpBy = links.stream()
                        .sorted(Comparator.comparing(FollowUpConversationLinked::happenedOn)
                                .thenComparing(l -> l.followUpConversationId().value().toString()))
                        .map(FollowUpConversationLinked::followUpConversationId)
                        .filter(c -> shown(c, at, viewer)).toList();
                return new ConversationView(id, logged.loggedBy(), happenedOn, details.participants(),
                        details.place(), details.channel(), details.topic(), details.summary(), details.asks(),
                        details.outcomeAreas().stream().sorted().toList(), logged.visibility(), followUpViews,
                        followedUpBy, corrections, lastCorrection, retracted, retraction, notes);
            }
        };
    }

    /** The day a record time falls on, UTC, as an "as known on" day's end does. */
    private static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, ZoneOffset.UTC);
    }

    /** Opened with today's key, as the module's own views are: an erased person's note stays erased. */
    private PersonNoteView open(PersonId person, LocalDate on, SealedNote sealed) {
        return vault.openNote(person, sealed).map(text -> new PersonNoteView(person, on, text, false))
                .orElseGet(() -> new PersonNoteView(person, on, PersonNoteView.ERASED, true));
    }

    private static FollowUpView followUp(ConversationId id, String topic, OrganisationId loggedBy, FollowUp f,
                                         FollowUpCompleted done, LocalDate day) {
        LocalDate completedOn = done == null ? null : done.happenedOn();
        FollowUpStatus status = completedOn != null && !completedOn.isAfter(day) ? FollowUpStatus.DONE
                : f.dueOn().isBefore(day) ? FollowUpStatus.OVERDUE : FollowUpStatus.OPEN;
        return new FollowUpView(id, topic, loggedBy, f.number(), f.action(), f.owner(), f.dueOn(), status,
                completedOn, done == null ? null : done.completedBy(), done == null ? null : done.note());
    }

    /** Steps, responses, outcomes and closures in the order they happened; the status worked out from them. */
    private Fold<AdvocacyActionView> advocacy(Instant at, Viewer viewer) {
        return new Fold<>() {
            @Override
            public Set<Class<? extends NetworkEvent>> beginnings() {
                return Set.of(AdvocacyActionStarted.class);
            }

            @Override
            public AdvocacyActionView fold(List<Known> events) {
                AdvocacyActionStarted started = null;
                List<NetworkEvent> history = new ArrayList<>();
                for (Known known : events) {
                    switch (known.event()) {
                        case AdvocacyActionStarted e -> started = e;
                        case AdvocacyStepTaken e -> history.add(e);
                        case AdvocacyResponseRecorded e -> history.add(e);
                        case AdvocacyOutcomeRecorded e -> history.add(e);
                        case AdvocacyActionClosed e -> history.add(e);
                        case AdvocacyActionReopened e -> history.add(e);
                        default -> {
                        }
                    }
                }
                if (started == null) {
                    return null;
                }
                // closed or not by the latest closing or reopening recorded, whatever day each happened on
                boolean closed = history.stream().filter(e -> e instanceof AdvocacyActionClosed
                        || e instanceof AdvocacyActionReopened).reduce((a, b) -> b)
                        .map(e -> e instanceof AdvocacyActionClosed).orElse(false);
                List<NetworkEvent> byDay = history.stream().sorted(Comparator.comparing(NetworkEvent::happenedOn))
                        .toList();
                List<StepView> steps = new ArrayList<>();
                List<ResponseView> responses = new ArrayList<>();
                List<OutcomeView> outcomes = new ArrayList<>();
                List<LifecycleView> lifecycle = new ArrayList<>();
                for (NetworkEvent event : byDay) {
                    switch (event) {
                        case AdvocacyStepTaken e -> steps.add(new StepView(e.number(), e.kind(), e.description(),
                                e.conversations().stream().filter(c -> shown(c, at, viewer)).toList(),
                                e.happenedOn()));
                        case AdvocacyResponseRecorded e -> responses.add(new ResponseView(e.response(),
                                e.description(), e.happenedOn()));
                        case AdvocacyOutcomeRecorded e -> outcomes.add(new OutcomeView(e.result(), e.description(),
                                e.happenedOn()));
                        case AdvocacyActionClosed e -> lifecycle.add(new LifecycleView(true, e.reason(),
                                e.happenedOn()));
                        case AdvocacyActionReopened e -> lifecycle.add(new LifecycleView(false, e.reason(),
                                e.happenedOn()));
                        default -> {
                        }
                    }
                }
                return new AdvocacyActionView(started.advocacyActionId(), started.ask(), started.decisionAtStake(),
                        started.advocates().stream().sorted(Comparator.comparing(o -> o.value().toString())).toList(),
                        started.targetOrganisation(), started.targetPeople().stream()
                        .sorted(Comparator.comparing(p -> p.value().toString())).toList(), started.happenedOn(),
                        AdvocacyStatus.of(closed, !outcomes.isEmpty(), steps.size()), steps, responses, outcomes,
                        lifecycle);
            }
        };
    }
}
