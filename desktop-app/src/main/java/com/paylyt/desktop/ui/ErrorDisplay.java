package com.paylyt.desktop.ui;

import com.paylyt.desktop.api.ProblemException;
import com.paylyt.desktop.api.ServerUnreachableException;
import com.paylyt.model.api.Problem;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one place that shows a failure to the person, after logging it. An unreachable server goes to the
 * connection banner with a retry; an expired session sends the person back to sign in; any other failure is
 * put into words and handed to the screen, which shows it where it belongs.
 */
public final class ErrorDisplay {

    private static final Logger log = LoggerFactory.getLogger(ErrorDisplay.class);
    private static final String NOT_FOUND = "not_found";

    private final Messages messages;
    private final ConnectionBanner banner;
    private Runnable onSessionExpired = () -> { };

    public ErrorDisplay(Messages messages, ConnectionBanner banner) {
        this.messages = messages;
        this.banner = banner;
    }

    public void setOnSessionExpired(Runnable action) {
        this.onSessionExpired = action;
    }

    /**
     * Logs and shows a failure.
     *
     * @param inline shows a message on the screen that made the call
     * @param retry repeats the call, offered on the banner when the server cannot be reached
     */
    public void show(Throwable error, Consumer<String> inline, Runnable retry) {
        if (error instanceof ServerUnreachableException unreachable) {
            log.warn("Server unreachable: {}", unreachable.getMessage());
            banner.show(messages.get("banner.unreachable", unreachable.baseUrl()), retry);
            return;
        }
        if (error instanceof ProblemException problem && isExpiredSession(problem)) {
            log.info("The session was rejected by the server ({}); signing out", problem.code());
            onSessionExpired.run();
            return;
        }
        if (error instanceof ProblemException problem) {
            log.info("The server rejected the request to {}: {}", problem.path(), problem.getMessage());
        } else {
            log.error("Unexpected failure", error);
        }
        inline.accept(describe(error));
    }

    /** Puts a failure into plain words for the person. */
    public String describe(Throwable error) {
        if (error instanceof ServerUnreachableException unreachable) {
            return messages.get("banner.unreachable", unreachable.baseUrl());
        }
        if (error instanceof ProblemException exception) {
            Problem problem = exception.problem();
            String fallback = sentence(problem.detail() != null ? problem.detail() : problem.title());
            if (NOT_FOUND.equals(exception.code()) && !exception.concernsJob()) {
                // The bundle's not-found text speaks of the job, which is wrong for an invoice or a route.
                return fallback;
            }
            return messages.getOrDefault("problem." + exception.code(), fallback);
        }
        return messages.get("error.unexpected", String.valueOf(error.getMessage()));
    }

    /** Turns a server message such as {@code the simulator has no invoice 7} into a sentence. */
    static String sentence(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String trimmed = text.strip();
        String capitalized = Character.toUpperCase(trimmed.charAt(0)) + trimmed.substring(1);
        return capitalized.matches(".*[.!?]$") ? capitalized : capitalized + ".";
    }

    private static boolean isExpiredSession(ProblemException problem) {
        return problem.status() == 401 && !"invalid_credentials".equals(problem.code());
    }
}
