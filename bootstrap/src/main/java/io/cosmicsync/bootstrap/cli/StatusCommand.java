package io.cosmicsync.bootstrap.cli;

import io.cosmicsync.bootstrap.DataDirectory;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code cosmicsync status}: whether a node runs with a data directory, and where it listens.
 * Exit status 0 when running, 3 when not (as LSB init scripts do).
 */
@Command(name = "status", description = "Tell whether the node of a data directory runs, and its addresses.")
public final class StatusCommand implements Callable<Integer> {

    static final int NOT_RUNNING = 3;

    @Mixin
    DataDirOption dataDir;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        DataDirectory directory = new DataDirectory(dataDir.path());
        Properties facts = directory.isLocked() ? directory.readNodeFile().orElse(new Properties()) : null;
        boolean running = facts != null;
        if (json) {
            System.out.println(toJson(directory, facts));
        } else if (running) {
            System.out.println("running: pid " + facts.getProperty("pid", "?") + ", HTTP "
                    + facts.getProperty("http", "(starting)") + ", data dir " + directory.root());
            p2pAddresses(facts).forEach(address -> System.out.println("p2p: " + address));
        } else {
            System.out.println("not running (data dir " + directory.root() + ")");
        }
        return running ? 0 : NOT_RUNNING;
    }

    /** The node's peer-to-peer multiaddrs as its node file lists them (space-separated), possibly none. */
    private static List<String> p2pAddresses(Properties facts) {
        String value = facts.getProperty("p2p", "").trim();
        return value.isEmpty() ? List.of() : List.of(value.split(" +"));
    }

    private static String toJson(DataDirectory directory, Properties facts) {
        StringBuilder out = new StringBuilder("{\"running\":").append(facts != null);
        out.append(",\"data_dir\":").append(Json.string(directory.root().toString()));
        if (facts != null) {
            String pid = facts.getProperty("pid");
            out.append(",\"pid\":").append(pid != null && pid.matches("\\d+") ? pid : "null");
            for (String key : new String[] {"http", "started_at", "version", "database"}) {
                String value = facts.getProperty(key);
                out.append(",\"").append(key).append("\":").append(value == null ? "null" : Json.string(value));
            }
            out.append(",\"p2p\":[").append(p2pAddresses(facts).stream().map(Json::string)
                    .collect(Collectors.joining(","))).append(']');
        }
        return out.append('}').toString();
    }
}
