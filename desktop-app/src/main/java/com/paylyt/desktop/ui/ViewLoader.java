package com.paylyt.desktop.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Locale;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;

/**
 * Loads a screen's FXML. The file sits beside its controller's package in the resources and is named after
 * it: {@code com.paylyt.desktop.job.NewJobController} loads {@code com/paylyt/desktop/job/new-job.fxml}.
 */
public final class ViewLoader {

    private final ControllerFactory controllers;
    private final Messages messages;

    public ViewLoader(ControllerFactory controllers, Messages messages) {
        this.controllers = controllers;
        this.messages = messages;
    }

    /** A loaded screen: its root node and its controller. */
    public record View<C>(Parent root, C controller) {
    }

    public <C> View<C> load(Class<C> controllerType) {
        URL fxml = controllerType.getResource(fxmlName(controllerType));
        if (fxml == null) {
            throw new IllegalStateException("Missing " + fxmlName(controllerType) + " for " + controllerType);
        }
        FXMLLoader loader = new FXMLLoader(fxml, messages.bundle());
        loader.setControllerFactory(controllers);
        try {
            Parent root = loader.load();
            return new View<>(root, controllerType.cast(loader.getController()));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot load " + fxml, e);
        }
    }

    /** Turns {@code NewJobController} into {@code new-job.fxml}. */
    static String fxmlName(Class<?> controllerType) {
        String base = controllerType.getSimpleName().replaceFirst("Controller$", "");
        return base.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT) + ".fxml";
    }
}
