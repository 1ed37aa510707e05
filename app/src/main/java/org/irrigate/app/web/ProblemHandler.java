package org.irrigate.app.web;

import java.net.URI;
import java.util.List;
import java.util.stream.Collectors;
import org.axonframework.commandhandling.CommandExecutionException;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.irrigate.core.api.ConflictException;
import org.irrigate.core.api.InvalidInputException;
import org.irrigate.core.api.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.convert.ConversionFailedException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/**
 * Turns every failure into an RFC 9457 problem: what went wrong, and for bad input which field and why. Internal
 * details (stack traces, class names, SQL) are logged, never sent.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {
    private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);
    private static final URI INVALID = URI.create("urn:irrigate:problem:invalid-input");

    /** One field's complaint. */
    record FieldError(String field, String reason) {
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        return invalidInput(e.field(), e.reason());
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", e.getMessage());
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail aggregateNotFound(AggregateNotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", "No record with id " + e.getAggregateIdentifier());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", e.getMessage());
    }

    /** Two writers raced on one record, or something with this id already exists. */
    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrency(ConcurrencyException e) {
        return problem(HttpStatus.CONFLICT, "Conflict",
                "The record was changed by someone else at the same moment, or already exists; reload and retry");
    }

    /** A create command whose id is taken: the event store's unique key refuses a second first event. */
    @ExceptionHandler(AggregateStreamCreationException.class)
    ProblemDetail alreadyExists(AggregateStreamCreationException e) {
        return problem(HttpStatus.CONFLICT, "Conflict", "A record with this id already exists");
    }

    @ExceptionHandler(CommandExecutionException.class)
    ResponseEntity<Object> commandFailed(CommandExecutionException e, WebRequest request) throws Exception {
        if (DatabaseUnavailable.causedBy(e)) {
            return unavailable(e);
        }
        return rethrowCause(e, request);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        InvalidInputException cause = causeOf(e, InvalidInputException.class);
        return invalidInput(e.getName(), cause != null ? cause.reason() : "is not a valid value");
    }

    @ExceptionHandler(ConversionFailedException.class)
    ProblemDetail conversion(ConversionFailedException e) {
        InvalidInputException cause = causeOf(e, InvalidInputException.class);
        return invalidInput(cause != null ? cause.field() : "parameter", cause != null ? cause.reason() : "is not valid");
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Forbidden", "You may not do this");
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class})
    ResponseEntity<Object> unavailable(Exception e) {
        log.error("Database unavailable: {}", e.toString());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, DatabaseUnavailable.RETRY_AFTER_SECONDS)
                .body(DatabaseUnavailable.problem());
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<Object> unexpected(Exception e, WebRequest request) throws Exception {
        // Axon wraps a failed transaction or event store append in its own exceptions.
        if (DatabaseUnavailable.causedBy(e)) {
            return unavailable(e);
        }
        Throwable cause = e.getCause();
        if (cause instanceof InvalidInputException || cause instanceof NotFoundException
                || cause instanceof ConflictException || cause instanceof ConcurrencyException
                || cause instanceof AggregateStreamCreationException || cause instanceof AccessDeniedException) {
            return rethrowCause(e, request);
        }
        log.error("Unexpected failure", e);
        ProblemDetail body = problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                "Something went wrong on our side; nothing was recorded.");
        return ResponseEntity.internalServerError().body(body);
    }

    private ResponseEntity<Object> rethrowCause(Exception e, WebRequest request) throws Exception {
        Throwable cause = e.getCause();
        ProblemDetail body = switch (cause) {
            case InvalidInputException c -> invalid(c);
            case NotFoundException c -> notFound(c);
            case ConflictException c -> conflict(c);
            case ConcurrencyException c -> concurrency(c);
            case AggregateNotFoundException c -> aggregateNotFound(c);
            case AggregateStreamCreationException c -> alreadyExists(c);
            case AccessDeniedException c -> forbidden(c);
            case null, default -> null;
        };
        if (body == null) {
            log.error("Command failed", e);
            body = problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
                    "Something went wrong on our side; nothing was recorded.");
        }
        return ResponseEntity.status(body.getStatus()).body(body);
    }

    /** Malformed JSON, a wrong type, an unknown enum value or an unknown field: say which field and why. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException e,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        InvalidInputException domain = causeOf(e, InvalidInputException.class);
        JacksonException json = causeOf(e, JacksonException.class);
        String field = json == null ? "body" : path(json);
        ProblemDetail body;
        if (domain != null) {
            body = invalidInput(field.equals("body") ? domain.field() : field, domain.reason());
        } else if (json instanceof UnrecognizedPropertyException unknown) {
            body = invalidInput(field, "is not a known field" + known(unknown));
        } else if (json instanceof InvalidFormatException format && format.getTargetType().isEnum()) {
            body = invalidInput(field, "must be one of " + List.of(format.getTargetType().getEnumConstants()));
        } else if (json instanceof MismatchedInputException mismatch && !field.equals("body")) {
            body = invalidInput(field, "has the wrong type" + (mismatch.getTargetType() == null ? ""
                    : ", expected " + mismatch.getTargetType().getSimpleName()));
        } else if (json != null && !field.equals("body")) {
            body = invalidInput(field, "is not valid");
        } else {
            body = invalidInput("body", "is missing or is not well-formed JSON");
        }
        return ResponseEntity.badRequest().body(body);
    }

    private static String known(UnrecognizedPropertyException e) {
        return e.getKnownPropertyIds() == null || e.getKnownPropertyIds().isEmpty() ? ""
                : "; known fields: " + e.getKnownPropertyIds().stream().map(Object::toString).sorted()
                .collect(Collectors.joining(", "));
    }

    private static String path(JacksonException e) {
        String path = e.getPath().stream()
                .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        return path.isEmpty() ? "body" : path;
    }

    static ProblemDetail invalidInput(String field, String reason) {
        ProblemDetail body = problem(HttpStatus.BAD_REQUEST, "Invalid input", field + " " + reason);
        body.setType(INVALID);
        body.setProperty("errors", List.of(new FieldError(field, reason)));
        return body;
    }

    static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
        body.setTitle(title);
        return body;
    }

    private static <T extends Throwable> T causeOf(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }

}
