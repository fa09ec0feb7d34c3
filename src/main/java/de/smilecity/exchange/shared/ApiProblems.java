package de.smilecity.exchange.shared;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Every error of the HTTP API as {@code application/problem+json} (RFC 9457) with a message a person
 * can act on. Invalid input lists each field with its message under {@code errors}. An exception
 * nobody expected is a 500 with a neutral detail: its message may name internals (SQL, classes,
 * paths) and goes to the log only. Failures before any controller are answered by {@link
 * ErrorPageController} in the same shape.
 */
@RestControllerAdvice(annotations = RestController.class)
class ApiProblems extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

    /** What a caller learns of an unexpected failure. */
    static final String UNEXPECTED = "Something went wrong on our side. It has been logged; please try again later.";

    static final URI NOT_FOUND = URI.create("https://smile-exchange.example/problems/not-found");
    static final URI INVALID = URI.create("https://smile-exchange.example/problems/invalid-input");
    static final URI CONFLICT = URI.create("https://smile-exchange.example/problems/state-conflict");
    static final URI FORBIDDEN = URI.create("https://smile-exchange.example/problems/forbidden");
    static final URI CONCURRENT_CHANGE = URI.create("https://smile-exchange.example/problems/concurrent-change");
    static final URI PRECONDITION_FAILED = URI.create("https://smile-exchange.example/problems/precondition-failed");

    /** One field's problem in an invalid request. */
    record FieldProblem(String field, String message) {}

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, "Not found", NOT_FOUND, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, "Not possible in this state", CONFLICT, e.getMessage());
    }

    @ExceptionHandler(ConcurrentChangeException.class)
    ProblemDetail concurrentChange(ConcurrentChangeException e) {
        return problem(HttpStatus.CONFLICT, "Changed by someone else", CONCURRENT_CHANGE, e.getMessage());
    }

    /**
     * Two writes of the same row at once that no service turned into a {@link ConcurrentChangeException}
     * itself: the version check or a unique rule of the database refused the later one. The
     * database's own message names tables and columns and stays in the log.
     */
    @ExceptionHandler({OptimisticLockingFailureException.class, DataIntegrityViolationException.class})
    ProblemDetail raceLost(RuntimeException e) {
        log.info("A write lost a race with another one and was refused: {}", e.toString());
        return concurrentChange(new ConcurrentChangeException(
                "Someone else changed the same data at the same moment, so nothing was saved. Read it again "
                        + "(GET) and apply your change to what is there now."));
    }

    @ExceptionHandler(PreconditionFailedException.class)
    ProblemDetail preconditionFailed(PreconditionFailedException e) {
        return problem(
                HttpStatus.PRECONDITION_FAILED, "Changed since you read it", PRECONDITION_FAILED, e.getMessage());
    }

    /** A signed-in caller whose role or organisation does not allow the step. */
    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "Not allowed", FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(BadRequestException.class)
    ProblemDetail badRequest(BadRequestException e) {
        return invalid(e.getMessage(), List.of(new FieldProblem(e.parameter(), e.getMessage())));
    }

    @ExceptionHandler(ConstraintViolationException.class)
    ProblemDetail constraintViolation(ConstraintViolationException e) {
        List<FieldProblem> errors = e.getConstraintViolations().stream()
                .map(v -> new FieldProblem(v.getPropertyPath().toString(), messageWithCount(v)))
                .sorted(Comparator.comparing(FieldProblem::field))
                .toList();
        String detail = errors.size() == 1
                ? errors.getFirst().field() + ": " + errors.getFirst().message()
                : errors.size() + " fields are not valid: "
                        + String.join(
                                ", ", errors.stream().map(FieldProblem::field).toList());
        return invalid(detail, errors);
    }

    /**
     * A parameter of the wrong type ({@code page=abc}, {@code size=99999999999}): names it, what it
     * takes and what came, cut short.
     */
    @Override
    protected @Nullable ResponseEntity<Object> handleTypeMismatch(
            TypeMismatchException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String name = ex instanceof MethodArgumentTypeMismatchException argument
                ? argument.getName()
                : String.valueOf(ex.getPropertyName());
        Class<?> type = ex.getRequiredType();
        String expected = type == int.class || type == Integer.class || type == long.class || type == Long.class
                ? "a whole number"
                : type == null ? "another value" : "a " + type.getSimpleName();
        String shown = Quoted.of(String.valueOf(ex.getValue()));
        String detail = name + " must be " + expected
                + (type == int.class || type == Integer.class
                        ? " from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE
                        : "")
                + ", was " + shown;
        return ResponseEntity.badRequest()
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(invalid(detail, List.of(new FieldProblem(name, detail))));
    }

    /**
     * Sign-in failures are Spring Security's to answer (401 with its challenge where one is due),
     * not an unexpected error.
     */
    @ExceptionHandler(AuthenticationException.class)
    void authentication(AuthenticationException e) throws AuthenticationException {
        throw e;
    }

    /** Anything else: logged once with its stack, answered without its message. */
    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e, HttpServletRequest request) {
        log.error("Unexpected error answering {} {}", request.getMethod(), request.getRequestURI(), e);
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.INTERNAL_SERVER_ERROR, UNEXPECTED);
        problem.setTitle("Internal error");
        return problem;
    }

    /**
     * The rule's message, and for a size limit what came: "An entry may have at most 50 process steps
     * (51 given)", so that a client sees by how much it is over without counting.
     */
    private static String messageWithCount(ConstraintViolation<?> violation) {
        boolean sizeRule = violation.getConstraintDescriptor().getAnnotation() instanceof Size;
        Object value = violation.getInvalidValue();
        if (sizeRule && value instanceof Collection<?> items) {
            return violation.getMessage() + " (" + items.size() + " given)";
        }
        if (sizeRule && value instanceof CharSequence text) {
            return violation.getMessage() + " (" + text.length() + " given)";
        }
        return violation.getMessage();
    }

    /** A problem of one kind: its status, the title of the kind, the kind's address and the detail. */
    private static ProblemDetail problem(HttpStatus status, String title, URI type, @Nullable String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        problem.setType(type);
        return problem;
    }

    static ProblemDetail invalid(String detail, List<FieldProblem> errors) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
        problem.setTitle("Invalid input");
        problem.setType(INVALID);
        problem.setProperties(Map.of("errors", errors));
        return problem;
    }
}
