package com.paylyt.server.openapi;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Swagger UI at {@code /api/docs}, pointed at {@code /api/openapi.json}. The page and its start-up script are
 * PayLyt's own resources; the scripts, styles and icons come from the {@code org.webjars:swagger-ui} jar.
 */
public final class SwaggerUi {

    private static final String OWN_RESOURCES = "/com/paylyt/server/openapi/";
    private static final String WEBJAR_PROPERTIES = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";
    private static final String PAGE = "docs.html";
    private static final String INITIALIZER = "swagger-initializer.js";

    /** The files the page loads, with their content types; any other name is not found. */
    private static final Map<String, String> ASSETS = Map.of(
            INITIALIZER, "text/javascript",
            "swagger-ui.css", "text/css",
            "index.css", "text/css",
            "swagger-ui-bundle.js", "text/javascript",
            "swagger-ui-standalone-preset.js", "text/javascript",
            "favicon-16x16.png", "image/png",
            "favicon-32x32.png", "image/png");

    private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

    private SwaggerUi() {
    }

    /** Handles {@code GET /api/docs}. */
    public static void page(Context ctx) {
        ctx.contentType("text/html; charset=utf-8").result(load(OWN_RESOURCES + PAGE));
    }

    /** Handles {@code GET /api/docs/{asset}}. */
    public static void asset(Context ctx) {
        String name = ctx.pathParam("asset");
        String contentType = ASSETS.get(name);
        if (contentType == null) {
            throw new NotFoundResponse();
        }
        String resource = name.equals(INITIALIZER)
                ? OWN_RESOURCES + INITIALIZER
                : "/META-INF/resources/webjars/swagger-ui/" + webjarVersion() + "/" + name;
        // The files change only with the jar, so browsers may keep them for a day.
        ctx.header("Cache-Control", "public, max-age=86400").contentType(contentType).result(load(resource));
    }

    private static byte[] load(String resource) {
        return CACHE.computeIfAbsent(resource, SwaggerUi::read);
    }

    private static byte[] read(String resource) {
        try (InputStream in = SwaggerUi.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing resource " + resource + " on the class path");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + resource, e);
        }
    }

    private static String webjarVersion() {
        Properties properties = new Properties();
        try (InputStream in = SwaggerUi.class.getResourceAsStream(WEBJAR_PROPERTIES)) {
            if (in == null) {
                throw new IllegalStateException("The swagger-ui webjar is not on the class path");
            }
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + WEBJAR_PROPERTIES, e);
        }
        return properties.getProperty("version");
    }
}
