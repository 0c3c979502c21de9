package io.plantdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.app.login.LoginViewModel;
import io.plantdesk.platform.config.AppPaths;
import io.plantdesk.platform.db.PasswordVault;
import io.plantdesk.platform.db.ProfileStore;
import io.plantdesk.platform.demo.DemoPlant;
import io.plantdesk.platform.embedded.EmbeddedHolder;
import io.plantdesk.platform.ids.Ids;
import io.plantdesk.platform.session.LoginService;
import io.plantdesk.platform.tasks.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The login's checks before anything is sent; no toolkit and no database needed. */
class LoginViewModelTest {

    @TempDir
    Path dir;

    private AppPaths paths() {
        return new AppPaths(dir.resolve("c"), dir.resolve("d"), dir.resolve("l"));
    }

    private LoginViewModel vm(AtomicBoolean loggedIn) {
        AppPaths paths = paths();
        return new LoginViewModel(
                new LoginViewModel.Deps(
                        new LoginService(),
                        new ProfileStore(paths),
                        () -> PasswordVault.NONE,
                        new EmbeddedHolder(paths, () -> 1),
                        new DemoPlant(new Ids(Clock.systemUTC())),
                        TaskRunner.sameThread(),
                        1,
                        io.plantdesk.ui.i18n.Messages.of("io.plantdesk.app.messages", LoginViewModelTest.class)),
                "",
                "",
                s -> loggedIn.set(true));
    }

    @Test
    void theDemoProfileIsAlwaysThereAndChosenFirst() {
        LoginViewModel vm = vm(new AtomicBoolean());
        assertThat(vm.profiles()).hasSize(1);
        assertThat(vm.profileProperty().get().embedded()).isTrue();
    }

    @Test
    void missingUserOrPasswordIsSaidBeforeAnythingIsSent() {
        AtomicBoolean loggedIn = new AtomicBoolean();
        LoginViewModel vm = vm(loggedIn);
        vm.login();
        assertThat(vm.messageProperty().get()).isEqualTo("Enter your user name.");
        vm.userProperty().set("amina");
        vm.login();
        assertThat(vm.messageProperty().get()).isEqualTo("Enter your password.");
        assertThat(vm.busyProperty().get()).isFalse();
        assertThat(vm.userProperty().get()).isEqualTo("amina");
        assertThat(loggedIn).isFalse();
    }

    @Test
    void aFailureKeepsWhatWasTypedAndExplains() throws Exception {
        int closed;
        try (var s = new java.net.ServerSocket(0)) {
            closed = s.getLocalPort();
        }
        new ProfileStore(paths())
                .save(new io.plantdesk.platform.db.ConnectionProfile(
                        "Closed",
                        "127.0.0.1",
                        closed,
                        "plantdesk",
                        "",
                        io.plantdesk.platform.db.SslMode.DISABLE,
                        io.plantdesk.platform.db.Environment.DEV,
                        false));
        LoginViewModel vm = vm(new AtomicBoolean());
        vm.profileProperty().set(vm.profiles().get(1));
        vm.userProperty().set("amina");
        vm.passwordProperty().set("secret-password");
        vm.login();
        assertThat(vm.messageProperty().get()).contains("The database server on this computer at 127.0.0.1:" + closed);
        assertThat(vm.userProperty().get()).isEqualTo("amina");
        assertThat(vm.passwordProperty().get()).isEqualTo("secret-password");
        assertThat(vm.busyProperty().get()).isFalse();
    }
}
