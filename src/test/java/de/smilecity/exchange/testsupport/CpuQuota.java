package de.smilecity.exchange.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A process held to a share of the machine's processors, by a control group of its own with a CPU
 * quota (cgroup v2 {@code cpu.max}, or v1 {@code cpu.cfs_quota_us}): for a benchmark that stands a
 * process in for one on a smaller machine of its own. Needs a writable {@code /sys/fs/cgroup} (root
 * on this machine); {@link #available()} says whether there is one. Closing moves the process back
 * and removes the group.
 */
public final class CpuQuota implements AutoCloseable {

    private static final Path ROOT = Path.of("/sys/fs/cgroup");
    private static final Path V1 = ROOT.resolve("cpu");
    private static final long PERIOD_US = 100_000;

    private final Path group;
    private final Path parent;
    private final long pid;

    private CpuQuota(Path group, Path parent, long pid) {
        this.group = group;
        this.parent = parent;
        this.pid = pid;
    }

    /** Whether this machine lets a test make control groups with a CPU quota. */
    public static boolean available() {
        if (Files.exists(ROOT.resolve("cgroup.controllers"))) {
            return Files.isWritable(ROOT.resolve("cgroup.subtree_control"));
        }
        return Files.isWritable(V1.resolve("cgroup.procs"));
    }

    /** Holds process {@code pid} to {@code cpus} processors (0.5: half of one) until closed. */
    public static CpuQuota limit(String name, double cpus, long pid) {
        if (!(cpus > 0)) throw new IllegalArgumentException("A CPU quota must be above 0, was " + cpus);
        long quota = Math.round(cpus * PERIOD_US);
        try {
            if (Files.exists(ROOT.resolve("cgroup.controllers"))) {
                Files.writeString(ROOT.resolve("cgroup.subtree_control"), "+cpu");
                Path group = Files.createDirectories(ROOT.resolve(name));
                Files.writeString(group.resolve("cpu.max"), quota + " " + PERIOD_US);
                Files.writeString(group.resolve("cgroup.procs"), Long.toString(pid));
                return new CpuQuota(group, ROOT, pid);
            }
            Path group = Files.createDirectories(V1.resolve(name));
            Files.writeString(group.resolve("cpu.cfs_period_us"), Long.toString(PERIOD_US));
            Files.writeString(group.resolve("cpu.cfs_quota_us"), Long.toString(quota));
            Files.writeString(group.resolve("cgroup.procs"), Long.toString(pid));
            return new CpuQuota(group, V1, pid);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    String.format(Locale.ROOT, "Holding process %d to %.2f processors failed", pid, cpus), e);
        }
    }

    @Override
    public void close() {
        try {
            if (ProcessHandle.of(pid).isPresent()) {
                Files.writeString(parent.resolve("cgroup.procs"), Long.toString(pid));
            }
            Files.deleteIfExists(group);
        } catch (IOException e) {
            throw new UncheckedIOException("Releasing the CPU quota of process " + pid + " failed", e);
        }
    }
}
