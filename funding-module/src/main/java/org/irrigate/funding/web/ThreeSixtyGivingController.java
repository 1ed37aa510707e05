package org.irrigate.funding.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.irrigate.core.api.AwardId;
import org.irrigate.funding.giving.ExportProblem;
import org.irrigate.funding.giving.GivingExport;
import org.irrigate.funding.giving.GrantCsv;
import org.irrigate.funding.giving.ThreeSixtyGivingExport;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Awards as 360Giving data. The package and CSV are refused (422, with every problem) while any award cannot be
 * exported, unless {@code partial=true} asks for the exportable ones; even then the response says how many awards
 * were left out. The report lists the problems without the data.
 */
@Tag(name = "360Giving export", description = "Awards as a 360Giving data package (JSON) or CSV; awards that cannot "
        + "be exported are reported, never dropped silently")
@RestController
@RequestMapping("/api/funding/360giving")
class ThreeSixtyGivingController {
    /** How many problems kept awards (or grants) out of a partial export. */
    static final String PROBLEMS = "Irrigate-Export-Problems";
    static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final ThreeSixtyGivingExport export;

    ThreeSixtyGivingController(ThreeSixtyGivingExport export) {
        this.export = export;
    }

    /**
     * @param awards                  the awards to export (all when empty)
     * @param organisationIdentifiers org-id.guide identifiers for organisations without a charity number on record
     * @param partial                 export what can be exported even if some awards cannot
     */
    record ExportRequest(List<AwardId> awards, Map<UUID, String> organisationIdentifiers, Boolean partial) {
        GivingExport run(ThreeSixtyGivingExport export) {
            return export.export(awards, organisationIdentifiers == null ? Map.of() : organisationIdentifiers);
        }

        boolean partialAllowed() {
            return Boolean.TRUE.equals(partial);
        }
    }

    record Report(int grants, boolean complete, List<ExportProblem> problems) {
    }

    @GetMapping("/report")
    Report report() {
        return report(new ExportRequest(null, null, false));
    }

    @PostMapping("/report")
    Report report(@RequestBody ExportRequest request) {
        GivingExport result = request.run(export);
        return new Report(result.grants(), result.complete(), result.problems());
    }

    @GetMapping(value = "/grants.json")
    ResponseEntity<?> json(@RequestParam(defaultValue = "false") boolean partial) {
        return json(new ExportRequest(null, null, partial));
    }

    @PostMapping(value = "/grants.json")
    ResponseEntity<?> json(@RequestBody ExportRequest request) {
        GivingExport result = request.run(export);
        return refusal(result, request.partialAllowed()).orElseGet(() -> ResponseEntity.ok()
                .header(PROBLEMS, String.valueOf(result.problems().size()))
                .contentType(MediaType.APPLICATION_JSON).body(result.dataPackage()));
    }

    @GetMapping(value = "/grants.csv")
    ResponseEntity<?> csv(@RequestParam(defaultValue = "false") boolean partial) {
        return csv(new ExportRequest(null, null, partial));
    }

    @PostMapping(value = "/grants.csv")
    ResponseEntity<?> csv(@RequestBody ExportRequest request) {
        GivingExport result = request.run(export);
        return refusal(result, request.partialAllowed()).orElseGet(() -> ResponseEntity.ok()
                .header(PROBLEMS, String.valueOf(result.problems().size()))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"360giving-grants.csv\"")
                .contentType(CSV).body(GrantCsv.of(result.dataPackage())));
    }

    private static java.util.Optional<ResponseEntity<?>> refusal(GivingExport result, boolean partial) {
        if (result.dataPackage() != null && (result.problems().isEmpty() || partial)) {
            return java.util.Optional.empty();
        }
        long awards = result.problems().stream().map(ExportProblem::awardId).distinct().count();
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT, awards == 0
                ? "There are no awards to export" : awards + " award(s) cannot be exported to 360Giving: " + String.join("; ",
                        result.problems().stream().map(p -> p.award() + ": " + p.field() + ": " + p.reason())
                                .toList()) + (result.dataPackage() == null ? "" : ". Ask with partial=true for the "
                        + result.grants() + " grant(s) that can."));
        problem.setTitle("Not exportable");
        problem.setProperty("errors", result.problems().stream()
                .map(p -> Map.of("field", "awards[" + p.awardId() + "]." + p.field(), "reason", p.reason())).toList());
        problem.setProperty("problems", result.problems());
        return java.util.Optional.of(ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem));
    }
}
