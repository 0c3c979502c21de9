package io.plantdesk.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.db.Environment;
import io.plantdesk.platform.db.SslMode;
import org.junit.jupiter.api.Test;

/** Issue 13 security 5, probe of round 2: the production password never goes out with weaker TLS. */
class AdminTargetSameServerTest {

    private static ConnectionProfile profile(String name, SslMode tls, Environment env) {
        return new ConnectionProfile(name, "db.plant.example", 5432, "plantdesk", "it.admin", tls, env, false);
    }

    @Test
    void theSameHostAndPortWithTlsSwitchedOffIsNotTheSameServer() {
        ConnectionProfile prod = profile("Prod", SslMode.VERIFY_FULL, Environment.PRODUCTION);
        ConnectionProfile staging = profile("Staging", SslMode.DISABLE, Environment.STAGING);
        assertThat(AdminTarget.sameServer(staging, prod)).isFalse();
        assertThat(AdminTarget.sameServer(profile("Staging", SslMode.REQUIRE, Environment.STAGING), prod))
                .isFalse();
    }

    @Test
    void theSameHostPortAndTlsAtLeastAsStrictIsTheSameServer() {
        ConnectionProfile prod = profile("Prod", SslMode.REQUIRE, Environment.PRODUCTION);
        assertThat(AdminTarget.sameServer(profile("Staging", SslMode.REQUIRE, Environment.STAGING), prod))
                .isTrue();
        assertThat(AdminTarget.sameServer(profile("Staging", SslMode.VERIFY_FULL, Environment.STAGING), prod))
                .isTrue();
    }
}
