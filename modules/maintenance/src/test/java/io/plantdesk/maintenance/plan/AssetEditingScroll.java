package io.plantdesk.maintenance.plan;

import javafx.scene.Node;
import javafx.scene.control.ScrollPane;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/** Scrolls the asset page to its end, where the PM list sits (below the work orders). */
public final class AssetEditingScroll {

    private AssetEditingScroll() {}

    public static void toBottom(FxRobot robot) {
        Node pm = robot.lookup("#assetPm").query();
        robot.interact(() -> {
            for (Node n = pm; n != null; n = n.getParent()) {
                if (n instanceof ScrollPane s) {
                    s.setVvalue(s.getVmax());
                    s.layout();
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
    }
}
