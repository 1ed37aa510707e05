package org.irrigate.app.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.transaction.CannotCreateTransactionException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The database cannot be reached: the answer is 503 with {@code Retry-After}, whichever layer noticed first (signing
 * in, the idempotency claim, a query, the command's transaction). Nothing was recorded, because every write happens in
 * the one transaction that could not be opened or committed, so retrying the same request is safe.
 */
public final class DatabaseUnavailable {
    static final String RETRY_AFTER_SECONDS = "5";

    private DatabaseUnavailable() {
    }

    /** True when a connection failure is anywhere in the chain (Axon, Spring Security and JPA all wrap it). */
    public static boolean causedBy(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof CannotCreateTransactionException || t instanceof DataAccessResourceFailureException
                    || t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof org.hibernate.exception.JDBCConnectionException) {
                return true;
            }
        }
        return false;
    }

    static ProblemDetail problem() {
        return ProblemHandler.problem(HttpStatus.SERVICE_UNAVAILABLE, "Service unavailable",
                "The database cannot be reached; nothing was recorded. Retry the same request shortly.");
    }

    /** For filters, which answer before any controller advice can. */
    public static void write(HttpServletResponse response, JsonMapper json) throws IOException {
        response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
        response.setHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(problem()));
    }
}
