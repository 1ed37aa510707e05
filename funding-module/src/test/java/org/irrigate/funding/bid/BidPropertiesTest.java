package org.irrigate.funding.bid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.irrigate.funding.bid.BidTest.ASKED;
import static org.irrigate.funding.bid.BidTest.CLOSES;
import static org.irrigate.funding.bid.BidTest.COUNTY;
import static org.irrigate.funding.bid.BidTest.DRAFT;
import static org.irrigate.funding.bid.BidTest.DRAFTED;
import static org.irrigate.funding.bid.BidTest.FUND;
import static org.irrigate.funding.bid.BidTest.ID;
import static org.irrigate.funding.bid.BidTest.PARTNERS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.irrigate.core.api.ConflictException;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.Pence;
import org.irrigate.core.testing.CommandRun;
import org.irrigate.funding.StubFundingFacts;
import org.irrigate.funding.api.BidStatus;
import org.irrigate.funding.api.DecisionOutcome;
import org.irrigate.funding.api.FundingCommand.DecideBid;
import org.irrigate.funding.api.FundingCommand.ReopenDecision;
import org.irrigate.funding.api.FundingCommand.ReviseBid;
import org.irrigate.funding.api.FundingCommand.SubmitBid;
import org.irrigate.funding.api.FundingCommand.WithdrawBid;
import org.irrigate.funding.api.FundingEvent.BidDecided;
import org.irrigate.funding.api.FundingEvent.BidSubmitted;
import org.irrigate.funding.api.FundingEvent.BidWithdrawn;
import org.irrigate.funding.api.FundingEvent.DecisionReopened;
import org.irrigate.funding.api.ReopenGround;
import org.irrigate.funding.facts.FundingFacts.Opportunity;

/**
 * Random sequences of revisions, submission, withdrawal, decisions and reopenings of one drafted bid, a day apart:
 * each is answered as the rules say, and the history keeps them: decisions numbered 1, 2…, each after a submission
 * and, after the first, after a reopening; nothing after a withdrawal.
 */
class BidPropertiesTest {
    enum Step { REVISE_SAME, REVISE_NEW, SUBMIT, WITHDRAW, AWARD, AWARD_IN_PART, DECLINE, AWARD_TOO_LITTLE, REOPEN }

    @Provide
    Arbitrary<List<Step>> steps() {
        return Arbitraries.of(Step.class).list().ofMaxSize(25);
    }

    @Property(tries = 150)
    void everyCommandIsAnsweredAsTheRulesSay(@ForAll("steps") List<Step> steps) {
        AggregateTestFixture<Bid> fixture = new AggregateTestFixture<>(Bid.class);
        fixture.registerInjectableResource(new StubFundingFacts().with(FUND,
                new Opportunity(COUNTY, "Youth services", Pence.ofPounds(4_000_000), CLOSES)));
        List<Object> history = new ArrayList<>(List.of(DRAFT));
        BidStatus status = BidStatus.DRAFT;
        Pence asked = ASKED;
        int decisions = 0;
        for (int i = 0; i < steps.size(); i++) {
            LocalDate on = DRAFTED.plusDays(i + 1);
            Pence newAmount = asked.equals(ASKED) ? ASKED.minus(Pence.ofPounds(1)) : ASKED;
            Object command = switch (steps.get(i)) {
                case REVISE_SAME -> new ReviseBid(ID, PARTNERS, asked, "Checked", on);
                case REVISE_NEW -> new ReviseBid(ID, PARTNERS, newAmount, "Costed again", on);
                case SUBMIT -> new SubmitBid(ID, on);
                case WITHDRAW -> new WithdrawBid(ID, "Partner pulled out", on);
                case AWARD -> decide(DecisionOutcome.AWARDED, asked, on);
                case AWARD_IN_PART -> decide(DecisionOutcome.PARTLY_AWARDED, new Pence(asked.value() / 2), on);
                case DECLINE -> decide(DecisionOutcome.DECLINED, Pence.ZERO, on);
                case AWARD_TOO_LITTLE -> decide(DecisionOutcome.AWARDED, asked.minus(new Pence(1)), on);
                case REOPEN -> new ReopenDecision(ID, ReopenGround.APPEAL, "Appealed", on);
            };
            boolean decided = decisions > 0 && status != BidStatus.REOPENED;
            Class<?> expected = switch (steps.get(i)) {
                case REVISE_SAME -> ConflictException.class;
                case REVISE_NEW, SUBMIT -> status == BidStatus.DRAFT ? null : ConflictException.class;
                case WITHDRAW -> status == BidStatus.DRAFT || status == BidStatus.SUBMITTED ? null
                        : ConflictException.class;
                case AWARD, AWARD_IN_PART, DECLINE -> status == BidStatus.SUBMITTED || status == BidStatus.REOPENED
                        ? null : ConflictException.class;
                case AWARD_TOO_LITTLE -> InvalidInputException.class;
                case REOPEN -> decided && status != BidStatus.WITHDRAWN ? null : ConflictException.class;
            };
            CommandRun run = CommandRun.of(fixture, history, command);
            assertThat(run.outcome()).as("%s after %s", command, history).isEqualTo(expected);
            history.addAll(run.events());
            if (run.accepted()) {
                switch (command) {
                    case ReviseBid revise -> asked = revise.amountRequested();
                    case SubmitBid submit -> status = BidStatus.SUBMITTED;
                    case WithdrawBid withdraw -> status = BidStatus.WITHDRAWN;
                    case DecideBid decide -> {
                        status = BidStatus.of(decide.outcome());
                        decisions++;
                    }
                    default -> status = BidStatus.REOPENED;
                }
            }
        }
        assertDecisionsKeepTheRules(history);
    }

    private static DecideBid decide(DecisionOutcome outcome, Pence amount, LocalDate on) {
        return new DecideBid(ID, outcome, amount, COUNTY, List.of(), null, on);
    }

    private static void assertDecisionsKeepTheRules(List<Object> history) {
        boolean submitted = false;
        boolean open = false;
        int decisions = 0;
        for (int i = 0; i < history.size(); i++) {
            switch (history.get(i)) {
                case BidSubmitted submit -> submitted = open = true;
                case BidDecided decided -> {
                    assertThat(submitted && open).as("a decision needs a submitted or reopened bid").isTrue();
                    assertThat(decided.decisionNumber()).isEqualTo(++decisions);
                    open = false;
                }
                case DecisionReopened reopened -> open = true;
                case BidWithdrawn withdrawn -> assertThat(i).as("nothing after a withdrawal")
                        .isEqualTo(history.size() - 1);
                default -> {
                }
            }
        }
    }
}
