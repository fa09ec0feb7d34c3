package de.smilecity.exchange.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a node's id comes from, and that a restart keeps it while a second process never shares it. */
class NodeIdTest {

    @TempDir
    Path dataDir;

    @Test
    void takesTheSettingWhenGiven() {
        try (NodeIdConfiguration.Claim claim = NodeIdConfiguration.Claim.of(" app-1 ", dataDir)) {
            assertThat(claim.id()).isEqualTo(new NodeId("app-1"));
        }
        assertThat(dataDir.resolve(NodeIdConfiguration.Claim.FILE)).doesNotExist();
    }

    @Test
    void refusesASettingThatCannotBeStoredWithAMessageNamingIt() {
        assertThatThrownBy(() -> NodeIdConfiguration.Claim.of("app 1/zwei", dataDir))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("smile.node.id")
                .hasMessageContaining("'app 1/zwei'");
        assertThatThrownBy(() -> new NodeId("x".repeat(NodeId.MAX_LENGTH + 1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keepsTheDefaultInTheDataFolderSoThatARestartIsTheSameNode() throws Exception {
        NodeId first;
        try (NodeIdConfiguration.Claim claim = NodeIdConfiguration.Claim.of("", dataDir)) {
            first = claim.id();
        }
        assertThat(first.value()).matches("[A-Za-z0-9._:-]+-[0-9a-f]{6}");
        assertThat(Files.readString(dataDir.resolve(NodeIdConfiguration.Claim.FILE))
                        .strip())
                .isEqualTo(first.value());
        try (NodeIdConfiguration.Claim restarted = NodeIdConfiguration.Claim.of("", dataDir)) {
            assertThat(restarted.id()).isEqualTo(first);
        }
    }

    @Test
    void aSecondProcessOnTheSameDataFolderRunsUnderAnIdOfItsOwn() {
        try (NodeIdConfiguration.Claim running = NodeIdConfiguration.Claim.of("", dataDir);
                NodeIdConfiguration.Claim second = NodeIdConfiguration.Claim.of("", dataDir)) {
            assertThat(second.id()).isNotEqualTo(running.id());
        }
    }

    @Test
    void replacesAnUnusableStoredId() throws Exception {
        Files.writeString(dataDir.resolve(NodeIdConfiguration.Claim.FILE), "kein gültiger Name!\n");
        try (NodeIdConfiguration.Claim claim = NodeIdConfiguration.Claim.of("", dataDir)) {
            assertThat(claim.id().value()).doesNotContain(" ");
            assertThat(Files.readString(dataDir.resolve(NodeIdConfiguration.Claim.FILE))
                            .strip())
                    .isEqualTo(claim.id().value());
        }
    }
}
