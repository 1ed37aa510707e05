package org.irrigate.app.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Makes command requests safe to retry: a POST carrying an {@code Idempotency-Key} is executed once per user and key;
 * a retry gets the first answer back and writes nothing. A retry that arrives while the first is still running gets
 * 409, and the same key reused for a different request gets 422.
 */
@Component
class IdempotencyFilter extends OncePerRequestFilter {
    static final String HEADER = "Idempotency-Key";
    private static final int MAX_KEY_LENGTH = 200;

    private final IdempotencyStore store;
    private final JsonMapper json;

    IdempotencyFilter(IdempotencyStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !"POST".equals(request.getMethod()) || request.getHeader(HEADER) == null
                || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER).strip();
        if (key.isEmpty() || key.length() > MAX_KEY_LENGTH) {
            reject(response, HttpStatus.BAD_REQUEST, "Idempotency-Key must be 1 to " + MAX_KEY_LENGTH + " characters");
            return;
        }
        byte[] body = request.getInputStream().readAllBytes();
        String scope = user() + " " + key;
        String fingerprint = fingerprint(request.getRequestURI() + "\n" + new String(body, StandardCharsets.UTF_8));

        Optional<IdempotencyStore.Outcome> earlier;
        try {
            earlier = store.claim(scope, fingerprint);
        } catch (DataAccessException e) {
            if (!DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
            DatabaseUnavailable.write(response, json);
            return;
        }
        if (earlier.isPresent()) {
            IdempotencyStore.Outcome outcome = earlier.get();
            if (!outcome.fingerprint().equals(fingerprint)) {
                reject(response, HttpStatus.UNPROCESSABLE_CONTENT,
                        "This Idempotency-Key was already used for a different request");
            } else if (outcome.inProgress()) {
                reject(response, HttpStatus.CONFLICT, "A request with this Idempotency-Key is still being processed");
            } else {
                replay(outcome, response);
            }
            return;
        }
        ContentCachingResponseWrapper cachedResponse = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(new ReplayableRequest(request, body), cachedResponse);
            completed = cachedResponse.getStatus() < 500;
        } finally {
            if (completed) {
                store.complete(scope, cachedResponse.getStatus(), cachedResponse.getContentType(),
                        cachedResponse.getHeader("Location"), cachedResponse.getContentAsByteArray());
            } else {
                // A failure on our side wrote nothing: let the client retry with the same key.
                releaseQuietly(scope);
            }
            cachedResponse.copyBodyToResponse();
        }
    }

    /**
     * With the database gone the claim cannot be released either: it stays "in progress", and a retry with the same
     * key gets 409 until the claim counts as abandoned ({@link IdempotencyStore#ABANDONED_AFTER}).
     */
    private void releaseQuietly(String scope) {
        try {
            store.release(scope);
        } catch (DataAccessException e) {
            if (!DatabaseUnavailable.causedBy(e)) {
                throw e;
            }
        }
    }

    private static void replay(IdempotencyStore.Outcome outcome, HttpServletResponse response) throws IOException {
        response.setStatus(outcome.status());
        response.setHeader("Idempotent-Replayed", "true");
        if (outcome.contentType() != null) {
            response.setContentType(outcome.contentType());
        }
        if (outcome.location() != null) {
            response.setHeader("Location", outcome.location());
        }
        response.getOutputStream().write(outcome.body());
    }

    private void reject(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(status.getReasonPhrase());
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }

    private static String user() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? "anonymous" : authentication.getName();
    }

    private static String fingerprint(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
