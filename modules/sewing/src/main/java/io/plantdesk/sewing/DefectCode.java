package io.plantdesk.sewing;

import java.util.UUID;

/** One of the plant's defect codes (open seam, skipped stitch, ...). */
public record DefectCode(UUID id, String code, String name) {}
