package io.plantdesk.shifts;

import java.time.LocalTime;

/** A break inside a shift: its local start and its length in minutes. */
public record ShiftBreak(LocalTime start, int minutes) {}
