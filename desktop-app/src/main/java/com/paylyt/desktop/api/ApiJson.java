package com.paylyt.desktop.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.paylyt.server.http.JsonMappers;

/** The JSON mapping the desktop shares with the server. */
public final class ApiJson {

    private ApiJson() {
    }

    /**
     * Returns the server's own mapper, so both sides agree on names, dates and decimals, but one that ignores
     * unknown properties: the API may add fields to any response without breaking older apps.
     */
    public static ObjectMapper mapper() {
        return JsonMappers.create().configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    }
}
