package io.plantdesk.sewing.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.plantdesk.platform.cli.CliContext;
import io.plantdesk.platform.ids.Ids;
import io.plantdesk.platform.people.AppRole;
import io.plantdesk.testkit.PostgresExtension;
import io.plantdesk.testkit.TestDatabase;
import io.plantdesk.testkit.TestUser;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code plantdesk sewing import-teams FILE --as LOGIN}: the rows go into the person's plant as
 * that person (the audit names them), the bad ones are printed by line and reason, and a login
 * that is no plant's admin, planner or supervisor is refused before anything is read.
 */
@ExtendWith(PostgresExtension.class)
class SewingCommandsTest {

    @Test
    void importsAFileAsThePersonAndListsTheBadRows(TestDatabase db, @TempDir Path dir) throws Exception {
        UUID plant = db.createTenant("CLI import plant");
        TestUser supervisor = db.createUser(plant, AppRole.SUPERVISOR);
        TestUser operator = db.createUser(plant, AppRole.OPERATOR);
        Path file = dir.resolve("teams.csv");
        Files.writeString(file, """
                year,quarter,department,day,team,targeted_productivity,smv,wip,over_time,incentive,idle_time,idle_men,no_of_style_change,no_of_workers,actual_productivity
                1/1/2015,Quarter1,sweing,Thursday,8,0.8,26.16,1108,7080,98,0,0,0,59,0.940725424
                1/1/2015,Quarter1,sweing,Friday,9,0.8,26.16,1108,7080,98,0,0,0,59,0.94
                1/1/2015,Quarter1,finishing ,Thursday,1,0.75,3.94,,960,0,0,0,0,8,0.8865
                """);
        StringWriter out = new StringWriter();
        int code = run(db, out, file.toString(), "--as", supervisor.login());

        assertThat(code).isEqualTo(SewingCommands.ROWS_LEFT_OUT);
        assertThat(out.toString())
                .contains("teams.csv: 2 team days added, 0 updated, 1 rows left out")
                .contains("line 3: The date 1/1/2015 is a Thursday, but the row says Friday.");
        String byWhom = db.adminJdbi()
                .withHandle(h -> h.createQuery(
                                "select count(*) filter (where created_by = ?) || '/' || count(*) from sewing.team_day where tenant_id = ?")
                        .bind(0, supervisor.login())
                        .bind(1, plant)
                        .mapTo(String.class)
                        .one());
        assertThat(byWhom).isEqualTo("2/2");
        // The connection went back as the administrator it came as.
        String admin = db.adminJdbi()
                .withHandle(h ->
                        h.createQuery("select session_user").mapTo(String.class).one());
        assertThat(admin).isNotEqualTo(supervisor.login());

        StringWriter refused = new StringWriter();
        assertThat(run(db, refused, file.toString(), "--as", operator.login())).isEqualTo(2);
        assertThat(refused.toString())
                .contains("No active admin, planner or supervisor has the login \"" + operator.login() + "\".");
    }

    @Test
    void importsTheAttendanceTemplateAndNamesItsRowsSo(TestDatabase db, @TempDir Path dir) throws Exception {
        UUID plant = db.createTenant("CLI template plant");
        TestUser supervisor = db.createUser(plant, AppRole.SUPERVISOR);
        Path file = dir.resolve("attendance.csv");
        Files.writeString(file, """
                date,shift_start,line,operator,minutes_attended,overtime_minutes,pieces,smv
                2026-03-02,06:00,L9,someone,450,0,100,0.5
                """);
        StringWriter out = new StringWriter();
        assertThat(run(db, out, file.toString(), "--as", supervisor.login())).isEqualTo(SewingCommands.ROWS_LEFT_OUT);
        assertThat(out.toString())
                .contains("attendance.csv: 0 operator shifts added, 0 updated, 1 rows left out")
                .contains("line 2: There is no line \"L9\" in this plant.");
    }

    private static int run(TestDatabase db, StringWriter out, String... args) {
        CliContext context = new CliContext() {
            @Override
            public Ids ids() {
                return db.ids();
            }

            @Override
            public Clock clock() {
                return Clock.systemUTC();
            }

            @Override
            public AdminDatabase admin(String profile, String adminUser) {
                return new AdminDatabase(db.admin(), "the test server");
            }
        };
        CommandLine.IFactory factory = new CommandLine.IFactory() {
            @Override
            public <K> K create(Class<K> cls) throws Exception {
                try {
                    var c = cls.getDeclaredConstructor(CliContext.class);
                    c.setAccessible(true);
                    return c.newInstance(context);
                } catch (NoSuchMethodException e) {
                    return CommandLine.defaultFactory().create(cls);
                }
            }
        };
        CommandLine cl = new CommandLine(new SewingCommands().commands(context).getFirst(), factory);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(out, true));
        String[] full = new String[args.length + 1];
        full[0] = "import-teams";
        System.arraycopy(args, 0, full, 1, args.length);
        return cl.execute(full);
    }
}
