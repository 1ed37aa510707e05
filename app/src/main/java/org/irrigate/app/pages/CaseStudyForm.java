package org.irrigate.app.pages;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.irrigate.core.api.OutcomeArea;
import org.irrigate.evidence.api.CaseStudyContent;
import org.irrigate.evidence.api.OutcomeNarrative;

/**
 * The network's case study template as a form (seed 001, Appendix 2), one answer box per question and one "what
 * happened" box per outcome area, in {@link OutcomeArea} order.
 */
public record CaseStudyForm(String partner, String title, String happenedOn, String stage, String subject,
                            String personalDetails, String motivation, String experience, List<String> narratives,
                            String whyItHappened, String expectedAndUnexpected) {

    static final Map<String, String> LABELS = labels();
    static final Map<String, String> ALIASES = aliases();

    private static Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("partner", "Partner");
        labels.put("title", "Title");
        labels.put("happenedOn", "When");
        labels.put("stage", "What stage");
        labels.put("subject", "Who or what");
        labels.put("personalDetails", "Relevant characteristics");
        labels.put("motivation", "Why");
        labels.put("experience", "What was it like");
        labels.put("whatHappened", "What happened as a result");
        labels.put("whyItHappened", "Why did it make this happen");
        labels.put("expectedAndUnexpected", "What was expected and unexpected");
        return java.util.Collections.unmodifiableMap(labels);
    }

    private static Map<String, String> aliases() {
        Map<String, String> aliases = new LinkedHashMap<>();
        for (String field : List.of("stage", "subject", "personalDetails", "motivation", "experience",
                "whatHappened", "whyItHappened", "expectedAndUnexpected")) {
            aliases.put("content." + field, field);
        }
        for (int i = 0; i < OutcomeArea.values().length; i++) {
            aliases.put("content.whatHappened[" + i + "].narrative", "whatHappened");
            aliases.put("content.whatHappened[" + i + "].area", "whatHappened");
        }
        aliases.put("content", "subject");
        return aliases;
    }

    static CaseStudyForm blank(String partner, String today) {
        return new CaseStudyForm(partner, "", today, "", "", "", "", "", List.of(), "", "");
    }

    /** The typed answers by field name, for the template's loop over the questions. */
    public Map<String, String> values() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", title);
        values.put("happenedOn", happenedOn);
        values.put("stage", stage);
        values.put("subject", subject);
        values.put("personalDetails", personalDetails);
        values.put("motivation", motivation);
        values.put("experience", experience);
        values.put("whyItHappened", whyItHappened);
        values.put("expectedAndUnexpected", expectedAndUnexpected);
        return values;
    }

    public String narrative(int index) {
        return narratives != null && index < narratives.size() ? narratives.get(index) : "";
    }

    CaseStudyContent content() {
        List<OutcomeNarrative> told = new ArrayList<>();
        OutcomeArea[] areas = OutcomeArea.values();
        for (int i = 0; i < areas.length; i++) {
            String text = narrative(i);
            if (text != null && !text.isBlank()) {
                told.add(new OutcomeNarrative(areas[i], text));
            }
        }
        return new CaseStudyContent(stage, subject, personalDetails, motivation, experience, told, whyItHappened,
                expectedAndUnexpected);
    }
}
