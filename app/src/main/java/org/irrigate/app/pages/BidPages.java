package org.irrigate.app.pages;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.app.knownon.KnownFunding;
import org.irrigate.core.api.BidId;
import org.irrigate.core.api.CurrentViewer;
import org.irrigate.core.api.OrganisationId;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.funding.api.BidStatus;
import org.irrigate.funding.api.FundingCommand.DraftBid;
import org.irrigate.funding.api.FundingCommand.SubmitBid;
import org.irrigate.funding.api.FundingQuery.FindBid;
import org.irrigate.funding.api.FundingQuery.FindFundingOpportunities;
import org.irrigate.funding.api.FundingView.BidView;
import org.irrigate.funding.api.FundingView.OpportunityView;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Drafting a bid and submitting it, and one bid's page. As in the API, a partner drafts only bids its organisation
 * leads or partners, and its lead (or whoever drafted it, or the coordinator) submits it; the funder's decision is
 * not a partner's to record here.
 */
@Controller
class BidPages {
    private static final Map<String, String> SUBMIT_LABELS = Map.of("happenedOn", "Date submitted");

    private final QueryGateway queries;
    private final Commands commands;
    private final KnownFunding known;
    private final CurrentViewer viewer;

    BidPages(QueryGateway queries, Commands commands, KnownFunding known, CurrentViewer viewer) {
        this.queries = queries;
        this.commands = commands;
        this.known = known;
        this.viewer = viewer;
    }

    @GetMapping("/funding/bids/new")
    String form(Model model) {
        SignedIn me = SignedIn.current();
        me.requireMayRecord();
        return form(model, BidForm.blank(LocalDate.now(), me), new FormErrors());
    }

    @PostMapping("/funding/bids")
    String draft(@ModelAttribute BidForm form, Model model, HttpServletResponse response) {
        SignedIn me = SignedIn.current();
        me.requireMayRecord();
        FormErrors errors = new FormErrors(BidForm.LABELS, BidForm.ALIASES);
        BidId id = BidId.random();
        DraftBid command = form.read(id, errors);
        if (command != null) {
            me.requireAmong(onTheBid(command.lead(), command.partners()));
            commands.requireKnown(command.fundingOpportunityId(), "Funding opportunity", errors);
            onTheBid(command.lead(), command.partners()).forEach(o -> commands.requireKnown(o, "Organisation", errors));
        }
        if (!errors.any()) {
            commands.send(command, errors);
        }
        if (errors.any()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, form, errors);
        }
        return "redirect:/funding/bids/" + id + "?drafted";
    }

    private String form(Model model, BidForm form, FormErrors errors) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("ticks", Ticks.members((Names) model.getAttribute("names"), form.partners(), null));
        model.addAttribute("funds", QueryAnswers.list(queries, new FindFundingOpportunities(null),
                OpportunityView.class));
        model.addAttribute("currentPath", "/funding");
        return "bid-form";
    }

    @GetMapping("/funding/bids/{id}")
    String bid(@PathVariable String id, @RequestParam(required = false) String drafted, HttpSession session,
               Model model) {
        BidId bidId = DirectoryPages.parse(() -> BidId.of(id), "Bid", id);
        Instant at = KnownOn.instant(session);
        BidView bid = at != null ? DirectoryPages.known(known.bids(at, viewer.get()).stream()
                .filter(b -> b.bidId().equals(bidId)).findFirst().orElse(null), "Bid", bidId)
                : drafted != null ? QueryAnswers.find(queries, new FindBid(bidId), BidView.class).orElse(null)
                : QueryAnswers.one(queries, new FindBid(bidId), BidView.class, "Bid", bidId);
        return bid(model, bidId, bid, LocalDate.now().toString(), new FormErrors());
    }

    @PostMapping("/funding/bids/{id}/submit")
    String submit(@PathVariable String id, @RequestParam(required = false) String happenedOn, Model model,
                  HttpServletResponse response) {
        SignedIn me = SignedIn.current();
        me.requireMayRecord();
        BidId bidId = DirectoryPages.parse(() -> BidId.of(id), "Bid", id);
        BidView bid = QueryAnswers.one(queries, new FindBid(bidId), BidView.class, "Bid", bidId);
        me.requireAmong(onTheBid(bid.lead(), bid.partners()));
        FormErrors errors = new FormErrors(SUBMIT_LABELS, Map.of());
        LocalDate on = errors.happenedOn("happenedOn", happenedOn);
        if (!errors.any()) {
            commands.send(new SubmitBid(bidId, on), errors);
        }
        if (errors.any()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return bid(model, bidId, bid, happenedOn, errors);
        }
        return "redirect:/funding/bids/" + bidId + "?submitted";
    }

    private String bid(Model model, BidId id, BidView bid, String submittedOn, FormErrors errors) {
        SignedIn me = SignedIn.current();
        model.addAttribute("bidId", id);
        model.addAttribute("bid", bid);
        model.addAttribute("submittedOn", submittedOn);
        model.addAttribute("errors", errors);
        // The lead submits (the ownership guard also lets whoever drafted it); a mere partner is not offered it.
        model.addAttribute("maySubmit", bid != null && bid.status() == BidStatus.DRAFT && me.mayRecord()
                && (me.actsForNetwork() || bid.lead().equals(me.organisation())));
        model.addAttribute("currentPath", "/funding");
        return "bid";
    }

    private static List<OrganisationId> onTheBid(OrganisationId lead, List<OrganisationId> partners) {
        List<OrganisationId> all = new ArrayList<>(List.of(lead));
        all.addAll(partners == null ? List.of() : partners);
        return all;
    }
}
