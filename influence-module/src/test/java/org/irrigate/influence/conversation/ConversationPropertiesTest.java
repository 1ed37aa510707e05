package org.irrigate.influence.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irrigate.influence.conversation.ConversationTest.COUNCIL;
import static org.irrigate.influence.conversation.ConversationTest.DAY;
import static org.irrigate.influence.conversation.ConversationTest.GRACE;
import static org.irrigate.influence.conversation.ConversationTest.ID;
import static org.irrigate.influence.conversation.ConversationTest.LOGGED;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.irrigate.core.api.ConflictException;
import org.irrigate.core.api.ConversationId;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.NotFoundException;
import org.irrigate.core.testing.CommandRun;
import org.irrigate.influence.api.ConversationCommand.AddFollowUp;
import org.irrigate.influence.api.ConversationCommand.CompleteFollowUp;
import org.irrigate.influence.api.ConversationCommand.LinkFollowUpConversation;
import org.irrigate.influence.api.ConversationCommand.RetractConversation;
import org.irrigate.influence.api.ConversationEvent.ConversationRetracted;
import org.irrigate.influence.api.ConversationEvent.FollowUpAdded;
import org.irrigate.influence.api.ConversationEvent.FollowUpCompleted;
import org.irrigate.influence.api.NewFollowUp;

/**
 * Random sequences of commands on one logged conversation (which starts with follow-up 1): each is accepted or
 * refused exactly as the rules say, and the history that results keeps them: follow-ups numbered 1, 2, 3…, each
 * completed at most once, nothing after a retraction.
 */
class ConversationPropertiesTest {
    static final List<ConversationId> OTHERS = List.of(ConversationId.random(), ConversationId.random());

    @Provide
    Arbitrary<List<Object>> commands() {
        return Arbitraries.oneOf(
                Arbitraries.integers().between(0, 30).map(days -> (Object) new AddFollowUp(ID,
                        new NewFollowUp("Call back", COUNCIL, DAY.plusDays(days)), DAY)),
                Arbitraries.integers().between(1, 6).map(n -> new CompleteFollowUp(ID, n, GRACE, null, DAY)),
                Arbitraries.of(OTHERS).map(other -> new LinkFollowUpConversation(ID, other, DAY)),
                Arbitraries.just(new RetractConversation(ID, "Logged twice", DAY)).asGeneric())
                .list().ofMaxSize(30);
    }

    @Property(tries = 150)
    void everyCommandIsAnsweredAsTheRulesSay(@ForAll("commands") List<Object> commands) {
        AggregateTestFixture<Conversation> fixture = new AggregateTestFixture<>(Conversation.class);
        List<Object> history = new ArrayList<>(List.of(LOGGED));
        int followUps = 1;
        Set<Integer> done = new HashSet<>();
        Set<ConversationId> linked = new HashSet<>();
        boolean retracted = false;
        for (Object command : commands) {
            Class<?> expected = switch (command) {
                case AddFollowUp add -> followUps >= ConversationRules.MAX_FOLLOW_UPS ? InvalidInputException.class
                        : retracted ? ConflictException.class : null;
                case CompleteFollowUp complete -> retracted ? ConflictException.class
                        : complete.number() > followUps ? NotFoundException.class
                        : done.contains(complete.number()) ? ConflictException.class : null;
                case LinkFollowUpConversation link -> retracted || linked.contains(link.followUpConversationId())
                        ? ConflictException.class : null;
                default -> retracted ? ConflictException.class : null;
            };
            CommandRun run = CommandRun.of(fixture, history, command);
            assertThat(run.outcome()).as("%s after %s", command, history).isEqualTo(expected);
            history.addAll(run.events());
            if (run.accepted()) {
                switch (command) {
                    case AddFollowUp add -> followUps++;
                    case CompleteFollowUp complete -> done.add(complete.number());
                    case LinkFollowUpConversation link -> linked.add(link.followUpConversationId());
                    default -> retracted = true;
                }
            }
        }
        assertKeepsTheRules(history);
    }

    private static void assertKeepsTheRules(List<Object> history) {
        List<Integer> added = history.stream().filter(FollowUpAdded.class::isInstance)
                .map(e -> ((FollowUpAdded) e).followUp().number()).toList();
        for (int i = 0; i < added.size(); i++) {
            assertThat(added.get(i)).as("follow-ups numbered in order").isEqualTo(i + 2);
        }
        List<Integer> completed = history.stream().filter(FollowUpCompleted.class::isInstance)
                .map(e -> ((FollowUpCompleted) e).number()).toList();
        assertThat(completed).as("each completed once").doesNotHaveDuplicates();
        int retraction = history.indexOf(history.stream().filter(ConversationRetracted.class::isInstance)
                .findFirst().orElse(null));
        assertThat(retraction < 0 || retraction == history.size() - 1).as("nothing after a retraction").isTrue();
    }
}
