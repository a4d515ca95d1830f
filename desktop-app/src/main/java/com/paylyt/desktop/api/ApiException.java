package com.paylyt.desktop.api;

/** A failed API call: either the server responded with a problem document or it could not be reached. */
public abstract sealed class ApiException extends RuntimeException
        permits ProblemException, ServerUnreachableException {

    protected ApiException(String message, Throwable cause) {
        super(message, cause);
    }
}
