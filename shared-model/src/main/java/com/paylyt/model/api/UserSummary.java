package com.paylyt.model.api;

/** A party of a job, as the other party sees it. */
public record UserSummary(String id, String username) {
}
