package org.irrigate.influence.api;

import java.util.List;

/**
 * The outcome of importing conversations from a spreadsheet (CSV): every row's errors, and whether anything was
 * written. Rows are numbered as in the spreadsheet, the header being row 1; row 0 is the file as a whole.
 *
 * @param toImport        rows not imported before, which this import writes (or, in a dry run, would write)
 * @param imported        conversations actually logged by this import
 * @param alreadyImported rows an earlier import of the same file already logged: skipped, never duplicated
 */
public record ConversationImport(boolean dryRun, boolean applied, int rows, int toImport, int imported,
                                 int alreadyImported, List<RowError> errors) {
    public record RowError(int row, String field, String reason) {
    }
}
