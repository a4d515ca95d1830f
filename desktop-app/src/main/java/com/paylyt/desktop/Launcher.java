package com.paylyt.desktop;

import javafx.application.Application;

/**
 * Entry point. It does not extend {@link Application}, so the app also starts from a plain classpath, where the
 * JavaFX launcher would refuse an Application main class with "JavaFX runtime components are missing".
 */
public final class Launcher {

    private Launcher() {
    }

    public static void main(String[] args) {
        Application.launch(PaylytApplication.class, args);
    }
}
