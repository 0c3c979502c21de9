package io.plantdesk.migrations.ui;

import io.plantdesk.migrations.scripts.Script;
import io.plantdesk.migrations.tracker.HistoryCell;
import java.util.Map;

/**
 * One line of the grid: a version, its script when this build has one (null when only an
 * environment knows it), and its cell in each environment that could be read, by environment name.
 */
public record GridRow(String version, String description, Script script, Map<String, HistoryCell> cells) {}
