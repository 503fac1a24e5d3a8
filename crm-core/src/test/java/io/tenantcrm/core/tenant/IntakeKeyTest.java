package io.tenantcrm.core.tenant;

import io.tenantcrm.core.shared.SourceChannel;
import io.tenantcrm.core.shared.TenantId;
import io.tenantcrm.core.shared.UserId;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class IntakeKeyTest {

    static final TenantId ACME = TenantId.of("acme");
    static final UUID ID = UUID.fromString("5b0f9a4e-2f33-4b39-9b8e-0c7c0f4e7a11");

    static IntakeKey key(String secret, Instant revokedAt) {
        return new IntakeKey(ACME, ID, "website form", SourceChannel.WEB_FORM, IntakeKey.hash(secret),
                UserId.of("ada"), Instant.parse("2026-11-25T10:00:00Z"), revokedAt == null ? null : UserId.of("ada"),
                revokedAt);
    }

    @Test
    void a_presented_key_names_its_tenant_id_and_secret_and_round_trips() {
        IntakeKey.Presented presented = IntakeKey.Presented.parse("ik.acme." + ID + ".s3cr3t-_x").orElseThrow();

        assertThat(presented.tenant()).isEqualTo(ACME);
        assertThat(presented.id()).isEqualTo(ID);
        assertThat(presented.secret()).isEqualTo("s3cr3t-_x");
        assertThat(presented.toString()).isEqualTo("ik.acme." + ID + ".s3cr3t-_x");
    }

    @Test
    void anything_else_is_no_key_at_all() {
        for (String text : new String[] {null, "", "ik.", "ik.acme", "ik.acme." + ID, "ik.acme.not-a-uuid.secret",
                "ik..x.y", "ik.acme." + ID + ".", "Bearer abc", "ik.acme." + ID + ".a.b", "x".repeat(400)}) {
            assertThat(IntakeKey.Presented.parse(text)).as(text).isEmpty();
        }
    }

    @Test
    void only_the_issued_secret_of_an_unrevoked_key_is_admitted() {
        IntakeKey.Presented right = new IntakeKey.Presented(ACME, ID, "right");

        assertThat(key("right", null).admits(right)).isTrue();
        assertThat(key("right", null).admits(new IntakeKey.Presented(ACME, ID, "wrong"))).isFalse();
        assertThat(key("right", null).admits(new IntakeKey.Presented(TenantId.of("globex"), ID, "right"))).isFalse();
        assertThat(key("right", Instant.parse("2026-11-25T11:00:00Z")).admits(right)).as("revoked").isFalse();
        assertThat(key("right", null).secretHash()).as("only a hash is kept").doesNotContain("right").hasSize(64);
        assertThat(key("right", null).actor()).isEqualTo(UserId.of("intake-key:" + ID));
    }
}
