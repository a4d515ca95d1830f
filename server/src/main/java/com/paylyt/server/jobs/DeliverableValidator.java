package com.paylyt.server.jobs;

import com.paylyt.model.api.CompleteJobRequest;
import com.paylyt.server.http.Violations;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/** Checks what a freelancer submits: an optional note and an optional http(s) link. */
final class DeliverableValidator {

    private static final int MAX_NOTE_LENGTH = 5_000;
    private static final int MAX_URL_LENGTH = 2_048;

    CompleteJobRequest validate(CompleteJobRequest request) {
        if (request == null) {
            return new CompleteJobRequest(null, null);
        }
        Violations violations = new Violations();
        String note = blankToNull(request.note());
        String url = blankToNull(request.deliverableUrl());
        if (note != null && note.length() > MAX_NOTE_LENGTH) {
            violations.add("note", "must be at most " + MAX_NOTE_LENGTH + " characters");
        }
        if (url != null && !isWebLink(url)) {
            violations.add("deliverable_url", "must be an http or https link of at most " + MAX_URL_LENGTH
                    + " characters, such as https://example.com/work.zip");
        }
        violations.throwIfAny();
        return new CompleteJobRequest(note, url);
    }

    private static boolean isWebLink(String url) {
        if (url.length() > MAX_URL_LENGTH) {
            return false;
        }
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
