package io.plantdesk.app;

import io.plantdesk.platform.config.AppPaths;
import io.plantdesk.platform.config.AppSettings;
import io.plantdesk.platform.config.SettingsStore;
import io.plantdesk.platform.db.ConnectionProfile;
import io.plantdesk.platform.db.KeyringPasswordVault;
import io.plantdesk.platform.db.PasswordVault;
import io.plantdesk.platform.db.Pools;
import io.plantdesk.platform.db.ProfileStore;
import io.plantdesk.platform.demo.DemoPlant;
import io.plantdesk.platform.embedded.EmbeddedHolder;
import io.plantdesk.platform.embedded.EmbeddedServer;
import io.plantdesk.platform.ids.Ids;
import io.plantdesk.platform.session.LoginService;
import io.plantdesk.platform.settings.SectionSettings;
import io.plantdesk.platform.settings.SettingsSection;
import io.plantdesk.platform.tasks.TaskRunner;
import io.plantdesk.ui.feature.Feature;
import io.plantdesk.ui.feature.Installation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.LoggerFactory;

/**
 * The composition root: the only place that creates services and hands them on. Nothing in
 * Plantdesk looks anything up globally; whatever a class needs comes through its constructor.
 */
public final class AppContext implements AutoCloseable, Installation {

    private final AppPaths paths;
    private final SettingsStore settingsStore;
    private final ProfileStore profiles;
    private final Clock clock = Clock.systemDefaultZone();
    private final Ids ids = new Ids(clock);
    private final LoginService loginService = new LoginService();
    private final DemoPlant demoPlant = new DemoPlant(ids);
    private final EmbeddedHolder embedded;
    private final TaskRunner tasks;
    private final AutoCloseable tasksCloser;
    private final Supplier<PasswordVault> vault;
    private AppSettings settings;
    private final Map<String, SectionSettings> sections = new HashMap<>();

    /**
     * @param taskRunnerFactory builds the task runner for a number of parallel tasks; the GUI passes
     *                          the FX runner, the CLI and tests a plain one
     */
    public AppContext(AppPaths paths, Function<Integer, TaskRunner> taskRunnerFactory) {
        this.paths = paths;
        this.settingsStore = new SettingsStore(paths);
        this.profiles = new ProfileStore(paths);
        this.settings = settingsStore.load();
        // The features' own sections, read with the rest of the file before any window opens.
        ServiceLoader.load(SettingsSection.class, AppContext.class.getClassLoader())
                .forEach(sec -> sections.put(sec.name(), SectionSettings.load(sec, settingsStore)));
        this.embedded = new EmbeddedHolder(paths, () -> settings.embeddedPort());
        this.tasks = taskRunnerFactory.apply(Pools.MAX_SIZE);
        this.tasksCloser = tasks instanceof AutoCloseable c ? c : () -> {};
        // The keychain is probed lazily: D-Bus can take a moment and login must not wait for it.
        this.vault = memoize(KeyringPasswordVault::open);
    }

    public AppPaths paths() {
        return paths;
    }

    @Override
    public synchronized AppSettings settings() {
        return settings;
    }

    @Override
    public synchronized void saveSettings(AppSettings s) {
        settingsStore.save(s);
        settings = s;
    }

    /** A feature's section of the settings file (one that declares no keys when it registered none). */
    public SectionSettings sectionSettings(String feature) {
        return sections.getOrDefault(feature, SectionSettings.none(feature));
    }

    @Override
    public ProfileStore profiles() {
        return profiles;
    }

    public PasswordVault vault() {
        return vault.get();
    }

    public Clock clock() {
        return clock;
    }

    public Ids ids() {
        return ids;
    }

    public LoginService loginService() {
        return loginService;
    }

    public DemoPlant demoPlant() {
        return demoPlant;
    }

    public EmbeddedHolder embedded() {
        return embedded;
    }

    @Override
    public Supplier<EmbeddedServer> embeddedServer() {
        return embedded;
    }

    public TaskRunner tasks() {
        return tasks;
    }

    /**
     * Gets the demo plant ready in the background when it is the likely choice: on a first start
     * (no server used yet) or when it was the last one used. Runs beside the window's own start-up.
     */
    public void warmUpDemoIfLikely() {
        String last = settings().lastProfile();
        if (last == null || last.isBlank() || ConnectionProfile.DEMO_NAME.equals(last)) {
            demoPlant.warmUp(embedded);
        }
    }

    /** The screens found on the class path, in sidebar order. */
    public List<Feature> features() {
        List<Feature> out = new ArrayList<>();
        ServiceLoader.load(Feature.class, AppContext.class.getClassLoader()).forEach(out::add);
        out.sort(Comparator.comparingInt(Feature::order).thenComparing(Feature::id));
        return out;
    }

    @Override
    public void close() {
        try {
            tasksCloser.close();
        } catch (Exception e) {
            LoggerFactory.getLogger(AppContext.class).warn("Task runner did not close cleanly", e);
        }
        embedded.close();
    }

    private static <T> Supplier<T> memoize(Supplier<T> s) {
        return new Supplier<>() {
            private T value;

            @Override
            public synchronized T get() {
                if (value == null) {
                    value = s.get();
                }
                return value;
            }
        };
    }
}
