package io.plantdesk.platform.people;

import io.plantdesk.platform.PlantdeskException;
import io.plantdesk.platform.db.DbErrors;
import io.plantdesk.platform.db.Scram;
import io.plantdesk.platform.ids.Ids;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.core.JdbiException;
import org.postgresql.PGConnection;

/**
 * People of the logged-in person's plant. Creating a person creates their own login role through
 * core.create_person (the database checks that the caller is an admin of this plant). Passwords
 * leave this class only as SCRAM verifiers.
 */
public final class PeopleService {

    public record Page(List<Person> people, int total) {}

    private final Jdbi jdbi;
    private final Ids ids;

    public PeopleService(Jdbi jdbi, Ids ids) {
        this.jdbi = jdbi;
        this.ids = ids;
    }

    public Page page(int offset, int limit) {
        return page(PeopleQuery.ALL, offset, limit);
    }

    /** One page of the people that match {@code q}, and how many match in all (same filter, one handle). */
    public Page page(PeopleQuery q, int offset, int limit) {
        String pattern = q.likePattern().orElse(null);
        String digits = q.digitsPattern().orElse(null);
        String role = q.role() == null ? null : q.role().dbValue();
        return call(dao -> new Page(
                dao.page(limit, offset, pattern, digits, role, q.active()).stream()
                        .map(PersonRow::toPerson)
                        .toList(),
                dao.count(pattern, digits, role, q.active())));
    }

    public Person create(NewPerson p) {
        List<String> problems = p.problems();
        if (!problems.isEmpty()) {
            throw new PlantdeskException(String.join(" ", problems), null);
        }
        UUID id = ids.next();
        String verifier = Scram.verifier(p.password());
        return call(dao -> {
            dao.create(
                    id, p.displayName().trim(), blankToNull(p.phone()), p.role().dbValue(), p.loginRole(), verifier);
            return dao.find(id).map(PersonRow::toPerson).orElseThrow();
        });
    }

    public Person updateContact(Person current, String displayName, String phone) {
        return call(dao -> {
            if (dao.updateContact(current.id(), current.version(), displayName.trim(), blankToNull(phone)) == 0) {
                throw new StaleDataException(current.displayName());
            }
            return dao.find(current.id()).map(PersonRow::toPerson).orElseThrow();
        });
    }

    /**
     * Applies an admin's edit of contact, role and activity in one transaction; the version read
     * with {@code current} guards every step, so a concurrent change is never overwritten.
     */
    public Person edit(Person current, String displayName, String phone, AppRole role, boolean active) {
        try {
            return jdbi.inTransaction(h -> {
                PersonDao dao = h.attach(PersonDao.class);
                int v = current.version();
                String name = displayName.trim();
                String ph = blankToNull(phone);
                if (!name.equals(current.displayName()) || !Objects.equals(ph, current.phone())) {
                    if (dao.updateContact(current.id(), v, name, ph) == 0) {
                        throw new StaleDataException(current.displayName());
                    }
                    v++;
                }
                if (role != current.appRole()) {
                    dao.setRole(current.id(), v, role.dbValue());
                    v++;
                }
                if (active != current.active()) {
                    dao.setActive(current.id(), v, active);
                }
                return dao.find(current.id()).map(PersonRow::toPerson).orElseThrow();
            });
        } catch (JdbiException e) {
            throw DbErrors.translate(e, null);
        }
    }

    public void setRole(Person current, AppRole role) {
        call(dao -> dao.setRole(current.id(), current.version(), role.dbValue()));
    }

    public void setActive(Person current, boolean active) {
        call(dao -> dao.setActive(current.id(), current.version(), active));
    }

    public void resetPassword(Person person, char[] newPassword) {
        List<String> problems = NewPerson.passwordProblems(newPassword);
        if (!problems.isEmpty()) {
            throw new PlantdeskException(problems.getFirst(), null);
        }
        String verifier = Scram.verifier(newPassword);
        call(dao -> dao.resetPassword(person.id(), verifier));
    }

    /** The logged-in person changes their own password (no admin needed; sent as a SCRAM verifier). */
    public void changeOwnPassword(String loginRole, char[] newPassword) {
        List<String> problems = NewPerson.passwordProblems(newPassword);
        if (!problems.isEmpty()) {
            throw new PlantdeskException(problems.getFirst(), null);
        }
        try {
            jdbi.useHandle(h -> {
                try {
                    h.getConnection()
                            .unwrap(PGConnection.class)
                            .alterUserPassword(loginRole, newPassword.clone(), "scram-sha-256");
                } catch (SQLException e) {
                    throw DbErrors.translate(e, null);
                }
            });
        } catch (JdbiException e) {
            throw DbErrors.translate(e, null);
        }
    }

    private <T> T call(Function<PersonDao, T> work) {
        try {
            return jdbi.withExtension(PersonDao.class, work::apply);
        } catch (JdbiException e) {
            throw DbErrors.translate(e, null);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
