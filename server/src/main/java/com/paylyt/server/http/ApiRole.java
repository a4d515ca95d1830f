package com.paylyt.server.http;

import io.javalin.security.RouteRole;

/** Who may call a route. Every route names one; a route without a role is refused. */
public enum ApiRole implements RouteRole {
    /** No token needed: health, register, login, and webhooks (which carry their own signature). */
    ANYONE,
    /** A valid, unrevoked bearer token is required. */
    USER
}
