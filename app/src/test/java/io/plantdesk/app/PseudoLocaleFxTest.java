package io.plantdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.ui.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Cell;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.Start;

/**
 * Every visible string of the feature screens comes from a bundle: in the pseudo-locale
 * ({@link Messages#PSEUDO}) each bundle string is bracketed and accented, so any plain English
 * word left on a screen or dialog was typed into the code. Table and list cells hold data and are
 * skipped; arguments (names, numbers) sit inside their message's brackets.
 */
class PseudoLocaleFxTest extends AppFxTestBase {

    private static final Pattern BRACKETED = Pattern.compile("\\[[^\\[\\]]*\\]");
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");
    private static Locale before;

    @BeforeAll
    static void pseudo() {
        before = Locale.getDefault();
        Locale.setDefault(Messages.PSEUDO);
    }

    @AfterAll
    static void back() {
        Locale.setDefault(before);
    }

    @Start
    void start(Stage stage) {
        showLogin(stage);
    }

    @Test
    void noFeatureScreenOrDialogShowsPlainEnglish(FxRobot robot) throws Exception {
        openDemo(robot);
        List<String> plain = new ArrayList<>();
        for (String feature : List.of("overview", "activity", "people", "operations")) {
            robot.clickOn("#feature-" + feature);
            FxAppFixture.waitUntil(() -> robot.lookup(".shell-content").tryQuery()
                    .map(c -> c.lookupAll(".progress-indicator").stream().noneMatch(Node::isVisible)).orElse(false));
            Node content = robot.lookup(".shell-content").query();
            robot.interact(() -> collect(feature, content, plain));
        }
        robot.clickOn("#feature-people");
        robot.clickOn("#addPerson");
        FxAppFixture.waitUntil(() -> robot.lookup("#personName").tryQuery().isPresent());
        Window dialog = robot.lookup("#personName").query().getScene().getWindow();
        robot.interact(() -> collect("add person dialog", dialog.getScene().getRoot(), plain));
        robot.push(KeyCode.ESCAPE);

        assertThat(plain).as("text shown in the pseudo-locale that did not come from a bundle").isEmpty();
    }

    /** Visible texts outside table and list cells that still hold plain words once every bracketed part is removed. */
    private static void collect(String where, Node node, List<String> plain) {
        if (!node.isVisible() || node instanceof Cell<?>) {
            return;
        }
        List<String> texts = new ArrayList<>();
        if (node instanceof Labeled l) {
            texts.add(l.getText());
        }
        if (node instanceof TextInputControl t) {
            texts.add(t.getPromptText());
        }
        if (node.getProperties().get("javafx.scene.control.Tooltip") instanceof Tooltip tip) {
            texts.add(tip.getText());
        }
        for (String t : texts) {
            if (t == null) {
                continue;
            }
            String rest = t;
            for (String prev = null; !rest.equals(prev); ) {
                prev = rest;
                rest = BRACKETED.matcher(rest).replaceAll("");
            }
            if (WORD.matcher(rest).find()) {
                plain.add(where + ": \"" + t + "\" (" + node.getClass().getSimpleName() + (node.getId() == null ? "" : " #" + node.getId()) + ")");
            }
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(where, c, plain));
        }
    }
}
