package com.paylyt.desktop.ui;

import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The strip across the top of the window that shows the {@link ConnectionBanner}, on every screen. */
public final class BannerView extends HBox {

    public BannerView(ConnectionBanner banner, Messages messages) {
        setId("connectionBanner");
        getStyleClass().add("connection-banner");
        setSpacing(10);

        Label message = new Label();
        message.setId("bannerMessage");
        message.setWrapText(true);
        message.setMaxWidth(Double.MAX_VALUE);
        message.textProperty().bind(banner.messageProperty());
        HBox.setHgrow(message, Priority.ALWAYS);

        Button retry = new Button(messages.get("action.retry"), new FontIcon(Feather.REFRESH_CW));
        retry.setId("bannerRetry");
        retry.setOnAction(event -> banner.retry());

        getChildren().addAll(new FontIcon(Feather.WIFI_OFF), message, retry);
        visibleProperty().bind(banner.visibleProperty());
        managedProperty().bind(banner.visibleProperty());
    }
}
