package io.plantdesk.app.login;

import io.plantdesk.app.shell.EmbeddedSupervisor;
import io.plantdesk.migrations.scripts.ScriptSet;
import io.plantdesk.migrations.service.MigrationProgress;
import io.plantdesk.migrations.service.MigrationService;
import io.plantdesk.migrations.service.ScratchServer;
import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.db.PasswordVault;
import io.plantdesk.platform.db.ProfileStore;
import io.plantdesk.platform.demo.DemoPlant;
import io.plantdesk.platform.embedded.EmbeddedHolder;
import io.plantdesk.platform.embedded.EmbeddedServer;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.session.LoginService;
import io.plantdesk.platform.session.Session;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.ui.i18n.ErrorText;
import io.plantdesk.ui.i18n.Messages;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.LoggerFactory;

/**
 * The login screen's state and commands. What the person typed is never cleared by a failure:
 * the message says what went wrong and the fields stay as they were.
 */
public final class LoginViewModel {

    /** Services the login needs; all of them come from the composition root. */
    /** @param vault opened on first use, off the FX thread (probing a keychain can mean a D-Bus round trip) */
    public record Deps(
            LoginService login,
            ProfileStore profiles,
            Supplier<PasswordVault> vault,
            EmbeddedHolder embedded,
            DemoPlant demo,
            TaskRunner tasks,
            int embeddedPort,
            Messages messages) {}

    private final Deps deps;
    private final Consumer<Session> onLoggedIn;

    private final ObservableList<ConnectionProfile> profiles = FXCollections.observableArrayList();
    private final ObjectProperty<ConnectionProfile> profile = new SimpleObjectProperty<>();
    private final StringProperty user = new SimpleStringProperty("");
    private final StringProperty password = new SimpleStringProperty("");
    private final BooleanProperty remember = new SimpleBooleanProperty(false);
    private final ObjectProperty<AppRole> demoRole = new SimpleObjectProperty<>(AppRole.ADMIN);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canRemember = new ReadOnlyBooleanWrapper(false);

    public LoginViewModel(Deps deps, String lastProfile, String lastUser, Consumer<Session> onLoggedIn) {
        this.deps = deps;
        this.onLoggedIn = onLoggedIn;
        profiles.setAll(ConnectionProfile.demo(deps.embeddedPort()));
        profile.set(profiles.getFirst());
        user.set(lastUser == null ? "" : lastUser);
        reloadProfiles(lastProfile);
    }

    /** Reads the saved profiles off the FX thread; the demo plant's profile is always first. */
    public void reloadProfiles(String select) {
        deps.tasks()
                .run(
                        "profiles",
                        () -> deps.profiles().list(),
                        saved -> {
                            String keep = select != null
                                    ? select
                                    : profile.get() == null
                                            ? null
                                            : profile.get().name();
                            profiles.setAll(ConnectionProfile.demo(deps.embeddedPort()));
                            profiles.addAll(saved);
                            profile.set(profiles.stream()
                                    .filter(p -> p.name().equals(keep))
                                    .findFirst()
                                    .orElse(profiles.getFirst()));
                        },
                        e -> message.set(ErrorText.of(e)));
    }

    /** Looks the keychain up off the FX thread and fills in a remembered password. */
    public void probeKeychain() {
        deps.tasks()
                .run("keychain", () -> deps.vault().get().available(), canRemember::set, e -> canRemember.set(false));
    }

    public void fillRememberedPassword() {
        ConnectionProfile p = profile.get();
        String u = user.get();
        if (p == null || u == null || u.isBlank() || !password.get().isEmpty()) {
            return;
        }
        deps.tasks()
                .run(
                        "remembered password",
                        () -> deps.vault().get().find(p.name(), u.trim()),
                        found -> found.ifPresent(pw -> {
                            password.set(new String(pw));
                            remember.set(true);
                        }),
                        e -> {});
    }

    public void login() {
        if (busy.get()) {
            return;
        }
        ConnectionProfile p = profile.get();
        String u = user.get() == null ? "" : user.get().trim();
        char[] pw = password.get() == null ? new char[0] : password.get().toCharArray();
        if (p == null) {
            message.set(deps.messages().get("login.need.profile"));
            return;
        }
        if (u.isEmpty()) {
            message.set(deps.messages().get("login.need.user"));
            return;
        }
        if (pw.length == 0) {
            message.set(deps.messages().get("login.need.password"));
            return;
        }
        boolean keep = remember.get() && canRemember.get();
        start(
                p.embedded()
                        ? deps.messages().get("login.status.embedded")
                        : deps.messages().get("login.status.connecting", p.host()));
        deps.tasks()
                .run(
                        "login",
                        () -> {
                            ConnectionProfile target = p;
                            if (p.embedded()) {
                                EmbeddedSupervisor.reviveIfDead(deps.embedded());
                                EmbeddedServer server = deps.embedded().get();
                                server.ensureDatabase(p.database());
                                // The tracker's one guarded migrate, as everywhere (issue 12, bug 2): a profile tagged
                                // production is never migrated by a login, and a newer or untracked database is
                                // refused.
                                new MigrationService(
                                                ScriptSet.plantdesk(),
                                                List.of(p),
                                                env -> server.adminDataSource(env.database()),
                                                ScratchServer.embedded(() -> server))
                                        .migrate(p, null, null, MigrationProgress.NONE);
                                target = p.withPort(server.port());
                            }
                            Session s = deps.login().login(target, u, pw);
                            if (keep) {
                                deps.vault().get().remember(p.name(), u, pw);
                            } else if (!remember.get()) {
                                deps.vault().get().forget(p.name(), u);
                            }
                            Arrays.fill(pw, '\0');
                            return s;
                        },
                        this::succeeded,
                        this::failed);
    }

    /** Starts the embedded server, seeds the demo plant and logs in as the chosen demo role. */
    public void tryDemo() {
        if (busy.get()) {
            return;
        }
        AppRole as = demoRole.get() == null ? AppRole.ADMIN : demoRole.get();
        start(deps.messages().get("login.status.demo"));
        deps.tasks()
                .run(
                        "demo",
                        () -> {
                            // A server started earlier and killed since would only give a connection error.
                            EmbeddedSupervisor.reviveIfDead(deps.embedded());
                            EmbeddedServer server = deps.demo().ready(deps.embedded());
                            DemoPlant.Credentials c = deps.demo().open(server, as);
                            return deps.login().login(ConnectionProfile.demo(server.port()), c.login(), c.password());
                        },
                        this::succeeded,
                        this::failed);
    }

    private void start(String what) {
        message.set("");
        status.set(what);
        busy.set(true);
    }

    private void succeeded(Session s) {
        busy.set(false);
        status.set("");
        onLoggedIn.accept(s);
    }

    private void failed(Throwable e) {
        busy.set(false);
        status.set("");
        message.set(
                e instanceof PlantdeskException
                        ? ErrorText.of(e)
                        : deps.messages().get("login.unexpected", String.valueOf(e.getMessage())));
        LoggerFactory.getLogger(LoginViewModel.class).warn("Login failed", e);
    }

    public ObservableList<ConnectionProfile> profiles() {
        return profiles;
    }

    public ObjectProperty<ConnectionProfile> profileProperty() {
        return profile;
    }

    public StringProperty userProperty() {
        return user;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    public BooleanProperty rememberProperty() {
        return remember;
    }

    public ObjectProperty<AppRole> demoRoleProperty() {
        return demoRole;
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRememberProperty() {
        return canRemember.getReadOnlyProperty();
    }

    public ProfileStore profileStore() {
        return deps.profiles();
    }
}
