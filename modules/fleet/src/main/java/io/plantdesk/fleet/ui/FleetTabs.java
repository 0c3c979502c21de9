package io.plantdesk.fleet.ui;

import io.plantdesk.ui.i18n.Messages;
import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

/** The fleet screen's three parts: the vehicles and their timelines, the charts, import and export. */
final class FleetTabs {

    private FleetTabs() {}

    static Node build(Messages m, Node timeline, Node charts, Node files) {
        Tab vehicles = new Tab(m.get("tab.vehicles"), timeline);
        vehicles.setId("fleetTabVehicles");
        Tab figures = new Tab(m.get("tab.charts"), charts);
        figures.setId("fleetTabCharts");
        Tab transfer = new Tab(m.get("tab.import"), files);
        transfer.setId("fleetTabImport");
        TabPane tabs = new TabPane(vehicles, figures, transfer);
        tabs.setId("fleetTabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }
}
