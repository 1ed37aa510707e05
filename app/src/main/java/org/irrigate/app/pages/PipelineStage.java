package org.irrigate.app.pages;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.irrigate.core.api.Pence;
import org.irrigate.funding.api.BidStatus;
import org.irrigate.funding.api.FundingView.PipelineRow;

/** One line of the pipeline summary (dashboard, funding page): every funder's bids at one status added up. */
public record PipelineStage(BidStatus status, int bids, Pence requested, Pence decided) {
    static List<PipelineStage> of(List<PipelineRow> rows) {
        Map<BidStatus, PipelineStage> byStatus = new EnumMap<>(BidStatus.class);
        for (PipelineRow row : rows) {
            byStatus.merge(row.status(), new PipelineStage(row.status(), row.bids(), row.requested(), row.decided()),
                    (a, b) -> new PipelineStage(a.status(), a.bids() + b.bids(), a.requested().plus(b.requested()),
                            a.decided().plus(b.decided())));
        }
        return List.copyOf(byStatus.values());
    }
}
