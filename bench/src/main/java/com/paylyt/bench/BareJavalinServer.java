package com.paylyt.bench;

import io.javalin.Javalin;

/**
 * Baseline (a): Javalin with its defaults and one route returning a small JSON object, the ceiling for any
 * Javalin endpoint on this machine. It runs as its own process, started by the benchmark.
 */
public final class BareJavalinServer {

    static final String PATH = "/hello";

    /** The response body: about the size of a small API object. */
    public record Greeting(String message, long count) {
    }

    private BareJavalinServer() {
    }

    public static void main(String[] args) {
        int port = Integer.parseInt(args[0]);
        Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = "127.0.0.1";
            config.jetty.port = port;
            config.routes.get(PATH, ctx -> ctx.json(new Greeting("hello", 42)));
        }).start();
    }
}
