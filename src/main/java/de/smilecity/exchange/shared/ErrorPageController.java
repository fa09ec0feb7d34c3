package de.smilecity.exchange.shared;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The answer to a failure that no controller answered — a request the security firewall refused,
 * an address or method nothing takes, an Accept nothing can serve, an exception outside the API's
 * handlers — which the servlet container forwards to {@code /error}. Machines get {@code
 * application/problem+json} like every other API error; browsers asking for HTML get Spring Boot's
 * plain error page. Either way with a detail chosen by status, never the exception's message, which
 * may name internals and goes to the log only.
 */
@Controller
@RequestMapping("${spring.web.error.path:/error}")
class ErrorPageController extends BasicErrorController {

    /** What each status tells the caller to do; others get {@link #OTHER}. */
    static final Map<HttpStatus, String> DETAILS = Map.of(
            HttpStatus.BAD_REQUEST,
            "The request cannot be read: check the address, its parameters and their encoding"
                    + " (UTF-8, percent-encoded).",
            HttpStatus.UNAUTHORIZED,
            "Please sign in.",
            HttpStatus.FORBIDDEN,
            "Not allowed.",
            HttpStatus.NOT_FOUND,
            "There is nothing at this address.",
            HttpStatus.METHOD_NOT_ALLOWED,
            "This address does not take this method; the Allow header says which it takes.",
            HttpStatus.NOT_ACCEPTABLE,
            "This address cannot answer in a format that the Accept header allows.",
            HttpStatus.UNSUPPORTED_MEDIA_TYPE,
            "This address does not take a body of this Content-Type.",
            HttpStatus.PAYLOAD_TOO_LARGE,
            "The request is too large.",
            HttpStatus.URI_TOO_LONG,
            "The address is too long.");

    static final String OTHER = "The request failed.";

    ErrorPageController(ErrorAttributes errorAttributes, WebProperties web) {
        super(errorAttributes, web.getError(), List.of());
    }

    @Override
    @RequestMapping
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", status.getReasonPhrase());
        problem.put("status", status.value());
        problem.put("detail", status.is5xxServerError() ? ApiProblems.UNEXPECTED : DETAILS.getOrDefault(status, OTHER));
        return ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}
