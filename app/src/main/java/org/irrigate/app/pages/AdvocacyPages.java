package org.irrigate.app.pages;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.time.LocalDate;
import org.axonframework.queryhandling.QueryGateway;
import org.irrigate.app.knownon.KnownInfluence;
import org.irrigate.core.api.AdvocacyActionId;
import org.irrigate.core.api.CurrentViewer;
import org.irrigate.core.api.QueryAnswers;
import org.irrigate.influence.api.AdvocacyCommand.StartAdvocacyAction;
import org.irrigate.influence.api.AdvocacyCommand.TakeAdvocacyStep;
import org.irrigate.influence.api.InfluenceQuery.FindAdvocacyAction;
import org.irrigate.influence.api.InfluenceView.AdvocacyActionView;
import org.irrigate.influence.api.StepKind;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Starting an advocacy action and recording its steps, and one action's page. As in the API, a partner starts only
 * actions its own organisation advocates, and only the advocates (or the coordinator) take its steps.
 */
@Controller
class AdvocacyPages {
    private final QueryGateway queries;
    private final Commands commands;
    private final CurrentViewer viewer;
    private final KnownInfluence known;

    AdvocacyPages(QueryGateway queries, Commands commands, CurrentViewer viewer, KnownInfluence known) {
        this.queries = queries;
        this.commands = commands;
        this.viewer = viewer;
        this.known = known;
    }

    @GetMapping("/advocacy/new")
    String form(Model model) {
        SignedIn me = SignedIn.current();
        me.requireMayRecord();
        return form(model, AdvocacyForm.blank(LocalDate.now(), me), new FormErrors());
    }

    @PostMapping("/advocacy")
    String start(@ModelAttribute AdvocacyForm form, Model model, HttpServletResponse response) {
        SignedIn me = SignedIn.current();
        me.requireMayRecord();
        FormErrors errors = new FormErrors(AdvocacyForm.LABELS, java.util.Map.of());
        AdvocacyActionId id = AdvocacyActionId.random();
        StartAdvocacyAction command = form.read(id, errors);
        if (command != null) {
            me.requireAmong(command.advocates());
            command.advocates().forEach(o -> commands.requireKnown(o, "Organisation", errors));
            commands.requireKnown(command.targetOrganisation(), "Organisation", errors);
        }
        if (!errors.any()) {
            commands.send(command, errors);
        }
        if (errors.any()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return form(model, form, errors);
        }
        return "redirect:/advocacy/" + id + "?started";
    }

    private String form(Model model, AdvocacyForm form, FormErrors errors) {
        SignedIn me = SignedIn.current();
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("ticks", Ticks.members((Names) model.getAttribute("names"), form.advocates(),
                me.actsForNetwork() ? null : me.organisation()));
        model.addAttribute("currentPath", "/advocacy");
        return "advocacy-form";
    }

    @GetMapping("/advocacy/{id}")
    String action(@PathVariable String id, @RequestParam(required = false) String started, HttpSession session,
                  Model model) {
        AdvocacyActionId actionId = DirectoryPages.parse(() -> AdvocacyActionId.of(id), "Advocacy action", id);
        Instant at = KnownOn.instant(session);
        AdvocacyActionView action = at != null ? DirectoryPages.known(known.advocacyAction(actionId, at,
                viewer.get()), "Advocacy action", actionId) : started != null ? live(actionId).orElse(null)
                : QueryAnswers.one(queries, new FindAdvocacyAction(actionId, viewer.get()), AdvocacyActionView.class,
                "Advocacy action", actionId);
        return action(model, actionId, action, AdvocacyStepForm.blank(LocalDate.now()), new FormErrors());
    }

    @PostMapping("/advocacy/{id}/steps")
    String step(@PathVariable String id, @ModelAttribute("step") AdvocacyStepForm form, Model model,
                HttpServletResponse response) {
        SignedIn me = SignedIn.current();
        me.requireMayRecord();
        AdvocacyActionId actionId = DirectoryPages.parse(() -> AdvocacyActionId.of(id), "Advocacy action", id);
        AdvocacyActionView action = QueryAnswers.one(queries, new FindAdvocacyAction(actionId, viewer.get()),
                AdvocacyActionView.class, "Advocacy action", actionId);
        me.requireAmong(action.advocates());
        FormErrors errors = new FormErrors(AdvocacyStepForm.LABELS, java.util.Map.of());
        TakeAdvocacyStep command = form.read(actionId, errors);
        if (command != null) {
            commands.send(command, errors);
        }
        if (errors.any()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return action(model, actionId, action, form, errors);
        }
        return "redirect:/advocacy/" + actionId + "?stepped";
    }

    private java.util.Optional<AdvocacyActionView> live(AdvocacyActionId id) {
        return QueryAnswers.find(queries, new FindAdvocacyAction(id, viewer.get()), AdvocacyActionView.class);
    }

    private String action(Model model, AdvocacyActionId id, AdvocacyActionView action, AdvocacyStepForm step,
                          FormErrors errors) {
        SignedIn me = SignedIn.current();
        model.addAttribute("actionId", id);
        model.addAttribute("a", action);
        model.addAttribute("step", step);
        model.addAttribute("errors", errors);
        model.addAttribute("stepKinds", StepKind.values());
        model.addAttribute("mayStep", action != null && me.mayRecord()
                && (me.actsForNetwork() || action.advocates().contains(me.organisation())));
        return "advocacy-action";
    }
}
