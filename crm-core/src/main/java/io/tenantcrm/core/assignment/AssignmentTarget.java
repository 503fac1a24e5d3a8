package io.tenantcrm.core.assignment;

import io.tenantcrm.core.shared.UserId;

import java.util.Objects;

/** Where a rule sends a lead: one person, or a pool the lead is distributed in. */
public sealed interface AssignmentTarget permits AssignmentTarget.Person, AssignmentTarget.Pool {

    static AssignmentTarget person(UserId user) {
        return new Person(user);
    }

    static AssignmentTarget pool(String name) {
        return new Pool(name);
    }

    record Person(UserId user) implements AssignmentTarget {
        public Person {
            Objects.requireNonNull(user, "user");
        }
    }

    record Pool(String name) implements AssignmentTarget {
        public Pool {
            Objects.requireNonNull(name, "name");
        }
    }
}
