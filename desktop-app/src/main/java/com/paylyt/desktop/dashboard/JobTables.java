package com.paylyt.desktop.dashboard;

import com.paylyt.desktop.ui.Messages;
import com.paylyt.desktop.ui.StatusBadge;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** Sets up the dashboard's job tables: the same columns in each, a double click opens a job. */
final class JobTables {

    private JobTables() {
    }

    static void configure(TableView<JobRow> table, Messages messages, String counterpartHeader,
            Consumer<JobRow> open) {
        table.getColumns().setAll(
                textColumn(messages.get("jobs.column.title"), JobRow::title, 260),
                statusColumn(messages),
                amountColumn(messages),
                textColumn(messages.get("jobs.column.deadline"), JobRow::deadline, 140),
                textColumn(counterpartHeader, JobRow::counterpart, 130));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPlaceholder(new Label(messages.get("jobs.empty")));
        table.setRowFactory(view -> {
            TableRow<JobRow> row = new TableRow<>();
            row.setOnMouseClicked(event -> {
                if (event.getClickCount() == 2 && !row.isEmpty()) {
                    open.accept(row.getItem());
                }
            });
            return row;
        });
    }

    /** Adds a column with one button per row, such as "Accept" for open jobs. */
    static void addActionColumn(TableView<JobRow> table, String text, Consumer<JobRow> action) {
        TableColumn<JobRow, JobRow> column = new TableColumn<>("");
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(JobRow item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                Button button = new Button(text, new FontIcon(Feather.CHECK));
                button.getStyleClass().addAll("small", "accent", "accept-button");
                button.setOnAction(event -> action.accept(item));
                setGraphic(button);
            }
        });
        column.setPrefWidth(110);
        column.setSortable(false);
        table.getColumns().add(column);
    }

    private static TableColumn<JobRow, String> textColumn(String header, Function<JobRow, String> value,
            double width) {
        TableColumn<JobRow, String> column = new TableColumn<>(header);
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(value.apply(data.getValue())));
        column.setPrefWidth(width);
        return column;
    }

    private static TableColumn<JobRow, JobRow> statusColumn(Messages messages) {
        TableColumn<JobRow, JobRow> column = new TableColumn<>(messages.get("jobs.column.status"));
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(JobRow item, boolean empty) {
                super.updateItem(item, empty);
                setGraphic(empty || item == null ? null : StatusBadge.create(item.status(), messages));
            }
        });
        column.setPrefWidth(140);
        return column;
    }

    private static TableColumn<JobRow, JobRow> amountColumn(Messages messages) {
        TableColumn<JobRow, JobRow> column = new TableColumn<>(messages.get("jobs.column.amount"));
        column.setCellValueFactory(data -> new ReadOnlyObjectWrapper<>(data.getValue()));
        column.setCellFactory(col -> new TableCell<>() {
            @Override
            protected void updateItem(JobRow item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setGraphic(null);
                    return;
                }
                Label btc = new Label(item.btc());
                btc.getStyleClass().add("text-muted");
                setGraphic(new VBox(new Label(item.sats()), btc));
            }
        });
        column.setPrefWidth(170);
        return column;
    }
}
