package org.irrigate.influence.api;

import java.util.List;

/**
 * The outcome of importing conversations from a spreadsheet (CSV): every row's errors, and whether anything was
 * written. Rows are numbered as in the spreadsheet, the header being row 1.
 */
public record ConversationImport(boolean dryRun, boolean applied, int rows, int imported, int alreadyImported,
                                 List<RowError> errors) {
    public record RowError(int row, String field, String reason) {
    }
}
