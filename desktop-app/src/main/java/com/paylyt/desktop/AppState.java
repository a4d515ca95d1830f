package com.paylyt.desktop;

import com.paylyt.desktop.connection.Connection;
import com.paylyt.model.api.UserView;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** What every screen may show: the server the app is connected to and the signed-in user. FX thread only. */
public final class AppState {

    private final ObjectProperty<Connection> connection = new SimpleObjectProperty<>();
    private final ObjectProperty<UserView> user = new SimpleObjectProperty<>();

    public ObjectProperty<Connection> connectionProperty() {
        return connection;
    }

    public ObjectProperty<UserView> userProperty() {
        return user;
    }

    public Connection connection() {
        return connection.get();
    }

    public UserView user() {
        return user.get();
    }

    public boolean simulatorAvailable() {
        Connection current = connection.get();
        return current != null && current.simulator();
    }
}
