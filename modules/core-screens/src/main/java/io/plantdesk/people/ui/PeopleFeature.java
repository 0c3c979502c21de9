package io.plantdesk.people.ui;

import io.plantdesk.platform.people.AppRole;
import io.plantdesk.platform.people.PeopleService;
import io.plantdesk.ui.feature.Feature;
import io.plantdesk.ui.feature.FeatureContext;
import io.plantdesk.ui.feature.FeatureView;
import io.plantdesk.ui.i18n.Messages;
import java.util.Set;
import javafx.scene.Node;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.material2.Material2MZ;

/** People of the plant: admins add people (each gets their own login), edit, deactivate, reset passwords. */
public final class PeopleFeature implements Feature {

    private final Messages m = Messages.of("io.plantdesk.people.ui.messages", PeopleFeature.class);

    @Override
    public String id() {
        return "people";
    }

    @Override
    public String title() {
        return m.get("people.title");
    }

    @Override
    public Ikon icon() {
        return Material2MZ.PEOPLE;
    }

    @Override
    public int order() {
        return 900;
    }

    @Override
    public Set<AppRole> allowedRoles() {
        return Set.of(AppRole.ADMIN);
    }

    @Override
    public FeatureView open(FeatureContext context) {
        PeopleService service = new PeopleService(context.jdbi(), context.ids());
        PeopleViewModel vm =
                new PeopleViewModel(service, context.tasks(), context.person().id());
        Node view = new PeopleView(vm, m).build();
        vm.load();
        return FeatureView.of(view);
    }
}
