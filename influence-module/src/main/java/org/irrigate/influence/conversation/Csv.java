package org.irrigate.influence.conversation;

import java.util.ArrayList;
import java.util.List;
import org.irrigate.core.api.InvalidInputException;

/**
 * Reads CSV as spreadsheets write it (RFC 4180): commas between cells, quotes around cells that hold commas, quotes
 * or line breaks, a doubled quote for a quote. One record per spreadsheet row, however many lines it spans.
 */
final class Csv {
    private Csv() {
    }

    static List<List<String>> parse(String text) {
        String csv = text.startsWith("\uFEFF") ? text.substring(1) : text;
        List<List<String>> records = new ArrayList<>();
        List<String> record = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellStarted = false;
        for (int i = 0; i < csv.length(); i++) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c != '"') {
                    cell.append(c);
                } else if (i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else {
                    quoted = false;
                }
            } else if (c == '"' && !cellStarted) {
                quoted = true;
                cellStarted = true;
            } else if (c == ',') {
                record.add(cell.toString());
                cell.setLength(0);
                cellStarted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
                    i++;
                }
                record.add(cell.toString());
                records.add(record);
                record = new ArrayList<>();
                cell.setLength(0);
                cellStarted = false;
            } else {
                cell.append(c);
                cellStarted = true;
            }
        }
        InvalidInputException.require(!quoted, "csv", "has a quoted cell that is never closed");
        if (cellStarted || !record.isEmpty()) {
            record.add(cell.toString());
            records.add(record);
        }
        return records;
    }
}
