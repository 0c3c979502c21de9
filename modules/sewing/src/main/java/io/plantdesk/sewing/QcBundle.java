package io.plantdesk.sewing;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** A bundle at a QC checkpoint: its ticket and its style's operations, in sequence, with who sewed each. */
public record QcBundle(Bundle bundle, List<QcStep> steps) {

    public QcBundle {
        steps = List.copyOf(steps);
    }

    /**
     * What the checkpoint checks unless the inspector picks another: the style's QC checkpoint (the
     * last one, when the bulletin marks several), otherwise its last operation.
     */
    public Optional<QcStep> defaultStep() {
        return steps.stream()
                .filter(s -> s.operation().qcCheck())
                .max(Comparator.comparingInt(s -> s.operation().seq()))
                .or(() -> steps.stream()
                        .max(Comparator.comparingInt(s -> s.operation().seq())));
    }
}
