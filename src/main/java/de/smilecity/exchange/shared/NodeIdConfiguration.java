package de.smilecity.exchange.shared;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Makes this process's {@link NodeId}: the setting, or the one kept in the data folder. */
@Configuration(proxyBeanMethods = false)
class NodeIdConfiguration {

    @Bean(destroyMethod = "close")
    Claim nodeIdClaim(
            @Value("${" + NodeId.PROPERTY + ":}") String configured, @Value("${smile.data-dir}") Path dataDir) {
        return Claim.of(configured, dataDir);
    }

    @Bean
    NodeId nodeId(Claim claim) {
        return claim.id();
    }

    /**
     * The node id, and while the app runs the lock on the file that keeps it. The lock tells a second
     * process started on the same data folder that the id is taken: that process runs under a fresh id
     * of its own, as two processes with one id would take each other's crawl runs for their own. The
     * operating system releases the lock when the process ends, also when it is killed, so that the
     * restarted node finds its id free again.
     */
    static final class Claim implements AutoCloseable {

        /** In the data folder, one line: the id. */
        static final String FILE = "node-id";

        private static final Logger log = LoggerFactory.getLogger(NodeIdConfiguration.class);
        private static final int SUFFIX_LENGTH = 6;

        private final NodeId id;
        private final @Nullable FileChannel held;

        private Claim(NodeId id, @Nullable FileChannel held) {
            this.id = id;
            this.held = held;
        }

        NodeId id() {
            return id;
        }

        static Claim of(String configured, Path dataDir) {
            if (!configured.isBlank()) {
                NodeId id = new NodeId(configured.strip());
                log.info("This app node is '{}' ({})", id, NodeId.PROPERTY);
                return new Claim(id, null);
            }
            Path file = dataDir.resolve(FILE).toAbsolutePath();
            FileChannel channel = null;
            try {
                Files.createDirectories(file.getParent());
                channel = FileChannel.open(
                        file, StandardOpenOption.CREATE, StandardOpenOption.READ, StandardOpenOption.WRITE);
                if (!tryLock(channel)) {
                    channel.close();
                    NodeId id = fresh();
                    log.warn(
                            "The node id in {} belongs to another running process on the same data folder; this"
                                    + " process runs as '{}' until it stops (give each process its own {} or data folder)",
                            file,
                            id,
                            NodeId.PROPERTY);
                    return new Claim(id, null);
                }
                NodeId id = readOrWrite(channel, file);
                log.info("This app node is '{}' (kept in {})", id, file);
                return new Claim(id, channel);
            } catch (IOException e) {
                close(channel);
                NodeId id = fresh();
                log.warn(
                        "Could not keep the node id in {} ({}); this process runs as '{}', which a restart will not"
                                + " keep: its crawl runs are then recovered only once their heartbeat is stale. Set {}"
                                + " to keep one id.",
                        file,
                        e.toString(),
                        id,
                        NodeId.PROPERTY);
                return new Claim(id, null);
            }
        }

        private static boolean tryLock(FileChannel channel) throws IOException {
            try {
                FileLock lock = channel.tryLock();
                return lock != null;
            } catch (OverlappingFileLockException heldInThisJvm) {
                // A second app context in the same JVM (tests) on the same folder: it is another node too.
                return false;
            }
        }

        private static NodeId readOrWrite(FileChannel channel, Path file) throws IOException {
            ByteBuffer buffer = ByteBuffer.allocate(4 * NodeId.MAX_LENGTH);
            channel.read(buffer, 0);
            String stored = new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8).strip();
            if (!stored.isEmpty()) {
                try {
                    return new NodeId(stored);
                } catch (IllegalArgumentException e) {
                    log.warn("{} holds no valid node id ({}): replaced by a new one", file, e.getMessage());
                }
            }
            NodeId id = fresh();
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((id.value() + "\n").getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
            return id;
        }

        /** The host name, so that a person reading a run sees where it ran, and a suffix that makes it unique. */
        static NodeId fresh() {
            String host = hostName().replaceAll("[^A-Za-z0-9._:-]", "-");
            host = host.substring(0, Math.min(host.length(), NodeId.MAX_LENGTH - 1 - SUFFIX_LENGTH));
            String suffix = HexFormat.of()
                    .toHexDigits(ThreadLocalRandom.current().nextInt())
                    .substring(8 - SUFFIX_LENGTH);
            return new NodeId((host.isEmpty() ? "node" : host) + "-" + suffix);
        }

        private static String hostName() {
            String env = System.getenv("HOSTNAME");
            if (env != null && !env.isBlank()) return env.strip();
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                return "node";
            }
        }

        private static void close(@Nullable FileChannel channel) {
            if (channel == null) return;
            try {
                channel.close();
            } catch (IOException e) {
                log.debug("Closing the node id file failed", e);
            }
        }

        @Override
        public void close() {
            close(held);
        }
    }
}
